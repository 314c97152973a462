/// The themes shipped in `themes/`, built in so `--theme high-contrast` works from an installed binary; a test keeps
/// each text equal to its file.
enum ShippedThemes {
    /// By name, the TOML text of each shipped theme (`themes/NAME.toml`).
    static let texts: [String: String] = [
        "high-contrast": #"""
# Incident Console theme: high contrast, for a bright room, a projector or tired eyes.
name = "high-contrast"

[styles]
dim = {}
header = { fg = "black", bg = "bright-white", bold = true }
border = { fg = "bright-white" }
focus-border = { fg = "bright-yellow", bold = true }
focus-title = { fg = "black", bg = "bright-yellow", bold = true }
key-hint = { fg = "bright-yellow", bold = true, underline = true }
ok = { fg = "bright-green", bold = true }
warn = { fg = "bright-yellow", bold = true }
danger = { fg = "bright-red", bold = true, underline = true }
alarm = { fg = "bright-white", bg = "red", bold = true, underline = true }
action = { fg = "bright-cyan", bold = true }
finding = { fg = "bright-blue", bold = true }
decision = { fg = "bright-magenta", bold = true }
production-change = { fg = "bright-yellow", bold = true, underline = true }
comms = { fg = "bright-green", bold = true }
process = { fg = "bright-white" }
"""#,
        "light": #"""
# Incident Console theme: for terminals with a light background, where bright white and yellow fade.
name = "light"

[styles]
header = { fg = "bright-white", bg = "blue", bold = true }
border = { fg = "black" }
focus-border = { fg = "blue", bold = true }
focus-title = { fg = "bright-white", bg = "blue", bold = true }
key-hint = { fg = "blue", bold = true }
ok = { fg = "green", bold = true }
warn = { fg = 130, bold = true }
declared = { fg = "black", bold = true }
action = { fg = "blue" }
finding = { fg = "magenta" }
production-change = { fg = 130, bold = true }
process = { fg = 240 }
search-match = { fg = "black", bg = 229 }
"""#,
    ]
}
