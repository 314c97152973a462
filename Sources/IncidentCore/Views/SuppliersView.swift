/// Which suppliers can be reached now and by which route, when the next window opens, and what the record says.
import Foundation

/// One support route at a given time.
public struct RouteAvailability: Sendable, Equatable {
    public var route: SupportRoute
    /// Someone answers on this route now (a best-effort route takes a request at any time but is answered in business hours).
    public var openNow: Bool
    /// For a best-effort route: a request is accepted now, and answered from `nextOpening` (or now, in business hours).
    public var acceptsRequestsNow: Bool
    /// When an hours-bound route (or a best-effort route's business hours) next opens, when closed now.
    public var nextOpening: Date?
    /// When an open route closes (nil for 24/7).
    public var closesAt: Date?
}

public struct SupplierAvailability: Sendable, Equatable, Identifiable {
    public var id: String { supplier.name }
    public var supplier: Supplier
    public var routes: [RouteAvailability]
    /// The latest contact the record holds with this supplier.
    public var lastContact: SupplierContact?

    /// Routes that answer now, in the playbook's order.
    public var reachableNow: [RouteAvailability] { routes.filter(\.openNow) }
    public var isReachableNow: Bool { !reachableNow.isEmpty }
    /// The soonest time a closed route opens, when none answers now.
    public var nextOpening: Date? { isReachableNow ? nil : routes.compactMap(\.nextOpening).min() }
}

/// The suppliers view: every supplier of the playbook at `now`, with the incident's contacts with them.
public struct SuppliersView: Sendable, Equatable {
    public var now: Date
    public var suppliers: [SupplierAvailability]

    public init(playbook: Playbook, state: IncidentState = IncidentState(), now: Date) {
        self.now = now
        let contacts = SupplierContacts(state: state)
        suppliers = playbook.suppliers.map { supplier in
            SupplierAvailability(supplier: supplier, routes: supplier.routes.map { Self.availability($0, now: now) },
                                 lastContact: contacts.latest(for: supplier.name))
        }
    }

    static func availability(_ route: SupportRoute, now: Date) -> RouteAvailability {
        switch route.hours {
        case .always:
            return RouteAvailability(route: route, openNow: true, acceptsRequestsNow: true, nextOpening: nil, closesAt: nil)
        case let .hours(hours):
            let open = hours.isOpen(at: now)
            return RouteAvailability(route: route, openNow: open, acceptsRequestsNow: open,
                                     nextOpening: open ? nil : hours.nextOpening(after: now), closesAt: open ? hours.closes(after: now) : nil)
        case let .bestEffort(hours):
            let open = hours.isOpen(at: now)
            return RouteAvailability(route: route, openNow: open, acceptsRequestsNow: true,
                                     nextOpening: open ? nil : hours.nextOpening(after: now), closesAt: open ? hours.closes(after: now) : nil)
        }
    }

    public func supplier(_ name: String) -> SupplierAvailability? {
        suppliers.first { $0.supplier.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}

/// One recorded contact with a supplier.
public struct SupplierContact: Sendable, Equatable {
    public var supplier: String
    public var step: SupplierStep
    /// The case reference given with this contact or an earlier one.
    public var reference: String?
    public var at: Date
    public var by: Person
}

/// The record's contacts with suppliers, from the timeline (struck entries count no more).
public struct SupplierContacts: Sendable, Equatable {
    public var contacts: [SupplierContact]

    public init(state: IncidentState) {
        var contacts: [SupplierContact] = []
        for item in state.timeline where item.strike == nil {
            guard case let .supplierContacted(supplier, step, reference) = item.payload else { continue }
            let earlier = contacts.last { $0.supplier == supplier }?.reference
            contacts.append(SupplierContact(supplier: supplier, step: step, reference: reference ?? earlier, at: item.occurredAt, by: item.actor))
        }
        self.contacts = contacts
    }

    public func latest(for supplier: String) -> SupplierContact? {
        contacts.last { $0.supplier.caseInsensitiveCompare(supplier) == .orderedSame }
    }
}
