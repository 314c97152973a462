/// Names the parts in which two incident states differ, so a failing property says where instead of printing both.
import Foundation
import IncidentCore

public func differences(_ a: IncidentState, _ b: IncidentState) -> String {
    func part<T: Equatable>(_ name: String, _ path: KeyPath<IncidentState, T>) -> String? {
        a[keyPath: path] == b[keyPath: path] ? nil
            : "\(name): \(String(describing: a[keyPath: path]).prefix(400)) | \(String(describing: b[keyPath: path]).prefix(400))"
    }
    let parts: [String?] = [
        part("id", \.id), part("title", \.title), part("priority", \.priority), part("phase", \.phase),
        part("securitySensitive", \.securitySensitive), part("securitySuspectedAt", \.securitySuspectedAt),
        part("declaredAt", \.declaredAt), part("declaredBy", \.declaredBy), part("lastSequence", \.lastSequence),
        part("roles", \.roles), part("members", \.members), part("roleHistory", \.roleHistory),
        part("timeline", \.timeline), part("comms", \.comms), part("escalation", \.escalation),
        part("executiveAlert", \.executiveAlert), part("completedSteps", \.completedSteps),
        part("resolution", \.resolution), part("post", \.post),
    ]
    let found = parts.compactMap { $0 }
    return found.isEmpty ? "no difference" : found.joined(separator: "\n")
}
