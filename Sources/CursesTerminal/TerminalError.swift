/// Why the console cannot start on this terminal, worded for the person who ran it.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// TERM is unset or empty.
    case terminalTypeNotSet
    /// TERM names a type this system has no terminfo entry for.
    case unknownTerminalType(String)
    /// The terminal type cannot move the cursor (e.g. TERM=dumb).
    case unsupportedTerminalType(String)
    /// Standard input or output is not a terminal (a pipe, a file, CI).
    case notATerminal

    public var description: String {
        let alternative = "or use the incident subcommands instead (such as `incident show`)."
        switch self {
        case .terminalTypeNotSet:
            return "TERM is not set: cannot draw the console. Set TERM (for example TERM=xterm-256color) \(alternative)"
        case .unknownTerminalType(let type):
            return "TERM=\(type) is not a terminal type this system knows (no terminfo entry): cannot draw "
                + "the console. Set TERM (for example TERM=xterm-256color) \(alternative)"
        case .unsupportedTerminalType(let type):
            return "TERM=\(type) cannot move the cursor: cannot draw the console. Use a full-screen terminal "
                + "(for example TERM=xterm-256color) \(alternative)"
        case .notATerminal:
            return "incident console needs a terminal (standard input and output are not one); "
                + "use subcommands such as `incident show`."
        }
    }
}
