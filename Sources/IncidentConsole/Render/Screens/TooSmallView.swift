/// Below 80x24: a centred "Terminal too small" message instead of a squashed screen.
import ScreenGrid

enum TooSmallView {
    static func draw(size: Size, context: RenderContext, grid: inout Grid) {
        guard size.width > 0, size.height > 0 else { return }
        let text = "Terminal too small: needs \(ScreenLayout.minimum.width)x\(ScreenLayout.minimum.height), this is \(size.width)x\(size.height)"
        let lines = TextWrap.wrap(text, width: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (size.width - TextWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + index, style: context.theme.warn)
        }
    }
}
