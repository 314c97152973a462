/// Text and times read from the command line and standard input: bounded, strict UTF-8, never silently changed.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import IncidentApp
import IncidentCore

/// An entry's text from its argument words, where "-" means standard input: read up to
/// `TextLimits.bytes` and refused beyond (so `log - < /dev/zero` ends at once), refused when it
/// is not UTF-8. Line endings (LF or CRLF) become LF; the last one is dropped.
func readEntryText(_ words: [String]) throws -> String {
    guard words == ["-"] else { return words.joined(separator: " ") }
    guard let bytes = try readStandardInput(limit: TextLimits.bytes) else {
        throw AppError.usage("standard input holds more than \(TextLimits.bytes) bytes, the limit for one entry; nothing was recorded. "
            + "Split it into several entries.")
    }
    return try StrictUTF8.standardInputText(normalizedLines(bytes))
}

/// All of standard input (for `import -`), or the words given; refused when it is not UTF-8.
func readText(_ words: [String]) throws -> String {
    guard words == ["-"] else { return words.joined(separator: " ") }
    return try StrictUTF8.standardInputText(try readStandardInput(limit: nil) ?? [])
}

/// Standard input's bytes, or nil when there are more than `limit` (reading stops at `limit` + 1).
private func readStandardInput(limit: Int?) throws -> [UInt8]? {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let wanted = limit.map { min(chunk.count, $0 + 1 - bytes.count) } ?? chunk.count
        let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, wanted) }
        if count < 0 {
            if errno == EINTR { continue }
            throw AppError.usage("could not read standard input: \(String(cString: strerror(errno))).")
        }
        if count == 0 { return bytes }
        bytes += chunk[..<count]
        if let limit, bytes.count > limit { return nil }
    }
}

/// CRLF → LF, and one final line ending dropped, as lines read one by one would give.
private func normalizedLines(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    for (index, byte) in bytes.enumerated() where !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
        result.append(byte)
    }
    if result.last == 0x0A { result.removeLast() }
    return result
}

/// A time now or earlier (`--at`), read by the one parser (`TimeParsing`); refused (exit 2) when it is not a time,
/// is later than now, or is a clock time that could only mean a day more than 12 hours back.
func parseTime(_ text: String?, now: Date, timeZone: TimeZone) throws -> Date? {
    guard let text else { return nil }
    do { return try TimeParsing.read(text, now: now, timeZone: timeZone, direction: .past) } catch {
        throw AppError.usage(error.message(option: "--at"))
    }
}

/// A time ahead, for scheduling, read by the same parser.
func parseTimeAhead(_ text: String, now: Date, timeZone: TimeZone) throws -> Date {
    do { return try TimeParsing.read(text, now: now, timeZone: timeZone, direction: .ahead) } catch {
        throw AppError.usage(error.message(option: nil))
    }
}

/// The line a command given `--at` prints last, so the time chosen is never a surprise.
func happenedAtLine(_ date: Date, timeZone: TimeZone) -> String {
    "Recorded as at \(TimeParsing.describe(date, in: timeZone)) (written now)"
}

/// The command line's arguments, each checked to be UTF-8: the runtime would turn bad bytes into U+FFFD.
func strictArguments() throws -> [String] {
    let count = Int(CommandLine.argc)
    var arguments: [String] = []
    for index in 1..<max(1, count) {
        guard let pointer = CommandLine.unsafeArgv[index] else { continue }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
        arguments.append(try StrictUTF8.argumentText(Array(bytes), number: index))
    }
    return arguments
}
