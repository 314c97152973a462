/// Breaks a text field into display rows of a width (by columns, so wide characters count double) and finds the cursor.
import ScreenGrid

struct TextFieldLayout: Equatable {
    var rows: [String]
    var cursorRow: Int
    var cursorColumn: Int

    /// `display` turns one character into what is drawn for it (sanitised, perhaps ASCII).
    init(_ field: TextField, width: Int, display: (Character) -> String) {
        let width = max(2, width)
        var rows: [String] = []
        var row = "", column = 0
        var cursor: (Int, Int)?
        for (index, character) in field.characters.enumerated() {
            if character == "\n" {
                if index == field.cursor { cursor = (rows.count, column) }
                rows.append(row)
                row = ""
                column = 0
                continue
            }
            let shown = display(character)
            let columns = TextWidth.of(shown)
            if column + columns > width {
                rows.append(row)
                row = ""
                column = 0
            }
            if index == field.cursor { cursor = (rows.count, column) }
            row += shown
            column += columns
        }
        if cursor == nil {
            // The cursor sits after the last character; past the edge it starts the next row.
            if column >= width {
                rows.append(row)
                row = ""
                column = 0
            }
            cursor = (rows.count, column)
        }
        rows.append(row)
        self.rows = rows
        cursorRow = cursor?.0 ?? 0
        cursorColumn = cursor?.1 ?? 0
    }
}
