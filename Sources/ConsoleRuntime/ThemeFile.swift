/// Reads console themes from TOML files, and finds a theme by name or path.
import Foundation
import IncidentApp
import IncidentConsole
import ScreenGrid

public enum ThemeFile {
    public static let environmentVariable = "INCIDENT_THEME"
    /// Built into the program; files may override them by name.
    public static let builtIn: [String: Theme] = ["standard": .standard, "monochrome": .monochrome]

    /// A theme from its TOML text: every style in `[styles]` starts from `Theme.standard` and
    /// takes `fg`, `bg` (a colour name such as `red` or `bright-red`, `default`, or 0-255) and
    /// `bold`, `dim`, `reverse`, `underline`. Anything else is an error naming where it is.
    public static func parse(_ text: String, source: String) throws -> Theme {
        let table = try TOMLText.table(text, source: source)
        for key in table.keys where key != "name" && key != "styles" {
            throw AppError.usage("\(source): unknown key '\(key)'; a theme has `name` and a `[styles]` table.")
        }
        var theme = Theme.standard
        guard let styles = table["styles"]?.table else { return theme }
        for name in styles.keys {
            guard let path = Theme.style(named: name) else {
                throw AppError.usage("\(source): unknown style '\(name)'. Styles: \(Theme.styleNames.joined(separator: ", ")).")
            }
            guard let spec = styles[name]?.table else {
                throw AppError.usage("\(source): style '\(name)' must be a table, such as { fg = \"red\", bold = true }.")
            }
            theme[keyPath: path] = try style(spec, name: name, source: source)
        }
        return theme
    }

    static func style(_ spec: TOMLTable, name: String, source: String) throws -> Style {
        var style = Style.plain
        let flags: [String: Attributes] = ["bold": .bold, "dim": .dim, "reverse": .reverse, "underline": .underline]
        for key in spec.keys {
            let value = spec[key]
            switch key {
            case "fg", "bg":
                guard let color = value.flatMap(color) else {
                    throw AppError.usage("\(source): style '\(name)': \(key) is not a colour; use a name such as red or bright-red, default, or 0-255.")
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            default:
                guard let flag = flags[key] else {
                    throw AppError.usage("\(source): style '\(name)': unknown key '\(key)'; use fg, bg, bold, dim, reverse, underline.")
                }
                guard let on = value?.bool else {
                    throw AppError.usage("\(source): style '\(name)': \(key) must be true or false.")
                }
                if on { style.attributes.insert(flag) } else { style.attributes.remove(flag) }
            }
        }
        return style
    }

    static func color(_ value: TOMLValue) -> Color? {
        if let index = value.int { return (0...255).contains(index) ? .indexed(UInt8(index)) : nil }
        guard let text = value.string else { return nil }
        let wanted = text.lowercased().replacingOccurrences(of: "-", with: "")
        let named: [Color] = [.default, .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white, .brightBlack, .brightRed,
                              .brightGreen, .brightYellow, .brightBlue, .brightMagenta, .brightCyan, .brightWhite]
        return named.first { $0.name.lowercased() == wanted }
    }

    /// `--theme` or INCIDENT_THEME: a path to a .toml file, or a name looked up in
    /// `$XDG_CONFIG_HOME/incident/themes/NAME.toml` (else `~/.config/...`), then among the built-in themes.
    public static func find(_ nameOrPath: String?, environment: [String: String]) throws -> Theme? {
        guard let wanted = nameOrPath ?? environment[environmentVariable], !wanted.isEmpty else { return nil }
        let isPath = wanted.contains("/") || wanted.hasSuffix(".toml")
        let file = isPath ? URL(fileURLWithPath: wanted) : folder(environment: environment).appendingPathComponent("\(wanted).toml")
        if let data = FileManager.default.contents(atPath: file.path) {
            return try parse(try StrictUTF8.fileText([UInt8](data), source: file.path), source: file.path)
        }
        if !isPath, let theme = builtIn[wanted] { return theme }
        if !isPath, let text = ShippedThemes.texts[wanted] { return try parse(text, source: "the built-in \(wanted) theme") }
        let known = (Array(builtIn.keys) + Array(ShippedThemes.texts.keys)).sorted().joined(separator: ", ")
        throw AppError.usage("No theme '\(wanted)': not a file, and not in \(folder(environment: environment).path) or built in (\(known)).")
    }

    public static func folder(environment: [String: String]) -> URL {
        UserFolders.folder("XDG_CONFIG_HOME", fallback: ".config", name: "themes", environment: environment)
    }
}
