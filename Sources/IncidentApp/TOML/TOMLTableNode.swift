/// Tables while a file is read, each knowing how it came to be, so TOML's rules hold: no table or key defined twice.

/// A mistake in the file: the line it is on and what is wrong there.
struct TOMLProblem: Error, Equatable {
    let line: Int
    let message: String
}

final class TOMLTableNode {
    /// `implicit`: made on the way to a deeper `[a.b]`, may still get its own header once;
    /// `header`: defined by `[a]` or `[[a]]`; `dotted`: made by a dotted key such as `a.b = 1`.
    enum Origin { case implicit, header, dotted }
    enum Entry {
        case table(TOMLTableNode)
        case tables(TOMLTableList)
        case value(TOMLValue)
    }

    var origin: Origin
    private(set) var keys: [String] = []
    private(set) var entries: [String: Entry] = [:]

    init(_ origin: Origin) { self.origin = origin }

    func set(_ key: String, _ entry: Entry) {
        if entries[key] == nil { keys.append(key) }
        entries[key] = entry
    }

    /// The finished table, keys in file order.
    var table: TOMLTable {
        var table = TOMLTable()
        for key in keys {
            switch entries[key] {
            case let .table(node)?: table[key] = .subtable(node.table)
            case let .tables(list)?: table[key] = .list(list.items.map { .subtable($0.table) })
            case let .value(value)?: table[key] = value
            case nil: break
            }
        }
        return table
    }

    /// The table `[path]` (or a new entry of `[[path]]`) names, from the root; key/value lines that follow go there.
    static func header(_ root: TOMLTableNode, path: [String], many: Bool, line: Int) throws -> TOMLTableNode {
        var table = root
        for (index, key) in path.dropLast().enumerated() {
            switch table.entries[key] {
            case nil:
                let node = TOMLTableNode(.implicit)
                table.set(key, .table(node))
                table = node
            case let .table(node)?: table = node
            case let .tables(list)?: table = list.items[list.items.count - 1]
            case .value?:
                throw TOMLProblem(line: line, message: "\(shown(path.prefix(index + 1))) already holds a value, so it cannot hold the table \(shown(path))")
            }
        }
        let last = path[path.count - 1]
        if many {
            switch table.entries[last] {
            case nil:
                let list = TOMLTableList()
                table.set(last, .tables(list))
                return list.append()
            case let .tables(list)?: return list.append()
            case .table?:
                throw TOMLProblem(line: line, message: "[[\(name(path))]] adds to a list of tables, but \(shown(path)) is already a table")
            case .value?:
                throw TOMLProblem(line: line, message: "\(shown(path)) already holds a value, so [[\(name(path))]] cannot make it a list of tables")
            }
        }
        switch table.entries[last] {
        case nil:
            let node = TOMLTableNode(.header)
            table.set(last, .table(node))
            return node
        case let .table(node)? where node.origin == .implicit:
            node.origin = .header
            return node
        case .table?:
            throw TOMLProblem(line: line, message: "the table [\(name(path))] is defined twice")
        case .tables?:
            throw TOMLProblem(line: line, message: "\(shown(path)) is a list of tables made with [[\(name(path))]], so [\(name(path))] cannot define it")
        case .value?:
            throw TOMLProblem(line: line, message: "\(shown(path)) already holds a value, so [\(name(path))] cannot define it as a table")
        }
    }

    /// `path = value` inside `table`: dotted keys make tables, or add to tables made by dotted keys, never to others.
    static func assign(_ value: TOMLValue, to path: [String], in table: TOMLTableNode, line: Int) throws {
        var table = table
        for (index, key) in path.dropLast().enumerated() {
            switch table.entries[key] {
            case nil:
                let node = TOMLTableNode(.dotted)
                table.set(key, .table(node))
                table = node
            case let .table(node)? where node.origin == .dotted: table = node
            case .table?, .tables?:
                throw TOMLProblem(line: line, message: "\(shown(path.prefix(index + 1))) is a table made by a [table] header, so the dotted key \(shown(path)) cannot add to it")
            case .value?:
                throw TOMLProblem(line: line, message: "\(shown(path.prefix(index + 1))) already holds a value, so \(shown(path)) cannot be set")
            }
        }
        let last = path[path.count - 1]
        if let existing = table.entries[last] {
            if case .value = existing {
                throw TOMLProblem(line: line, message: "the key \(shown(path)) is defined twice")
            }
            throw TOMLProblem(line: line, message: "\(shown(path)) is already a table, so it cannot also hold a value")
        }
        table.set(last, .value(value))
    }

    /// A key path as TOML writes it, quoting any part that is not a bare key; control characters escaped.
    static func name<Path: Collection<String>>(_ path: Path) -> String {
        path.map { part in
            part.utf8.allSatisfy(TOMLReader.isBareKey) && !part.isEmpty ? part : PlaybookFile.tomlString(part)
        }.joined(separator: ".")
    }

    /// The same, in single quotes, for a sentence.
    static func shown<Path: Collection<String>>(_ path: Path) -> String { "'\(name(path))'" }
}

/// The tables of `[[name]]`, in file order.
final class TOMLTableList {
    private(set) var items: [TOMLTableNode] = []

    func append() -> TOMLTableNode {
        let node = TOMLTableNode(.header)
        items.append(node)
        return node
    }
}
