/// The key table as Markdown, for docs/console.md: the documentation is generated from the same table as dispatch.
extension KeyTable {
    public func markdown() -> String {
        var out: [String] = []
        for section in KeySection.allCases {
            let rows = bindings.filter { $0.section == section }
            guard !rows.isEmpty else { continue }
            out.append("### \(section.rawValue)")
            out.append("")
            out.append("| key | does |")
            out.append("|---|---|")
            for binding in rows {
                let key = binding.keyLabel.replacingOccurrences(of: "|", with: "\\|")
                out.append("| `\(key)` | \(binding.help.replacingOccurrences(of: "|", with: "\\|")) |")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
