/// The playbook and theme parsers' contract: a value, or a usage error that names the file; never a crash.
import Foundation
import IncidentApp
import ConsoleRuntime
import IncidentConsole

enum ConfigFileCheck {
    static let source = "/fuzz/input.toml"

    static func checkPlaybook(_ bytes: [UInt8]) throws {
        // Decoded as `PlaybookFile.find` reads a file.
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            _ = try PlaybookFile.parse(text, source: source)
        } catch let error as AppError {
            try checkUsage(error, "PlaybookFile.parse")
        } catch {
            throw FuzzFailure("PlaybookFile.parse threw \(type(of: error)), not an AppError: \(error)")
        }
    }

    static func checkTheme(_ bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            _ = try ThemeFile.parse(text, source: source)
        } catch let error as AppError {
            try checkUsage(error, "ThemeFile.parse")
        } catch {
            throw FuzzFailure("ThemeFile.parse threw \(type(of: error)), not an AppError: \(error)")
        }
    }

    /// A mistake in a file is a usage error (exit 2) that says which file.
    static func checkUsage(_ error: AppError, _ parser: String) throws {
        guard case let .usage(message) = error else {
            throw FuzzFailure("\(parser) threw \(error) (exit \(error.exitCode)), not a usage error")
        }
        guard message.hasPrefix(source) else {
            throw FuzzFailure("\(parser)'s error does not name the file: \(message)")
        }
    }
}
