/// The suppliers view over the incident screen: who can be reached now and by which route, when the next window opens,
/// and the contacts the record holds; scrolled with j/k.
import Foundation
import IncidentCore
import ScreenGrid

enum SuppliersScreen {
    static func lines(_ state: IncidentState, width: Int, context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        let view = SuppliersView(playbook: context.playbook, state: state, now: context.now)
        guard !view.suppliers.isEmpty else {
            return context.wrapped("The playbook lists no suppliers ([[suppliers]] in the playbook file: see docs/playbook.md).", theme.dim, width: width)
        }
        var lines: [StyledLine] = []
        for supplier in view.suppliers {
            // "DataDog · no dedicated support: reachable now by chat", on one line where it fits.
            let name = "\(context.clean(supplier.supplier.name)) \(context.middot) \(context.clean(supplier.supplier.contract))"
            let (summary, style) = self.summary(supplier, context: context)
            if TextWidth.of(name) + 2 + TextWidth.of(summary) <= width {
                lines.append(StyledLine([Span(text: name + ": ", style: theme.strong), Span(text: summary, style: style)]))
            } else {
                lines += context.wrapped(name, theme.strong, width: width, indent: 2)
                lines += context.wrapped("  " + summary, style, width: width, indent: 4)
            }
            for route in supplier.routes {
                let (state, stateStyle) = routeState(route, context: context)
                var text = "  \(state) \(context.middot) \(route.route.kind.rawValue): \(route.route.address)"
                let hours: String? = switch route.route.hours {
                case .always: nil
                case let .hours(hours): hours.summary
                case let .bestEffort(hours): "best effort, " + hours.summary
                }
                let notes = [route.route.note, hours].compactMap { $0 }
                if !notes.isEmpty { text += " (\(notes.joined(separator: "; ")))" }
                lines += context.wrapped(text, stateStyle, width: width, indent: 6)
            }
            if let notes = supplier.supplier.notes { lines += context.wrapped("  " + notes, theme.dim, width: width, indent: 2) }
            if let contact = supplier.lastContact {
                lines += context.wrapped("  Recorded: \(contact.step.summary) at \(context.local.hourMinute(contact.at)) by \(contact.by.name)"
                    + (contact.reference.map { ", case \($0)" } ?? ""), theme.ok, width: width, indent: 4)
            }
        }
        return lines
    }

    /// "reachable now by chat, phone", "takes requests by email, answered from 1 Dec 09:00", "closed; chat opens 15:00".
    static func summary(_ supplier: SupplierAvailability, context: RenderContext) -> (String, Style) {
        let theme = context.theme
        if supplier.isReachableNow {
            return ("reachable now by " + supplier.reachableNow.map(\.route.kind.rawValue).joined(separator: ", "), theme.ok)
        }
        let opening = supplier.nextOpening.map { " from " + time($0, context: context) } ?? ""
        if let request = supplier.routes.first(where: \.acceptsRequestsNow) {
            return ("takes requests by \(request.route.kind.rawValue) now, answered\(opening)", theme.warn)
        }
        return ("not answering now" + (supplier.nextOpening.map { "; opens " + time($0, context: context) } ?? ""), theme.warn)
    }

    /// "open until 00:00", "open 24/7", "takes requests, answered from 09:00", "closed until 15:00".
    static func routeState(_ route: RouteAvailability, context: RenderContext) -> (String, Style) {
        let theme = context.theme
        if route.openNow {
            return (route.closesAt.map { "open until " + time($0, context: context) } ?? "open 24/7", theme.normal)
        }
        let opens = route.nextOpening.map { time($0, context: context) }
        return route.acceptsRequestsNow ? ("takes requests, answered from " + (opens ?? "the next business day"), theme.normal)
            : ("closed" + (opens.map { " until " + $0 } ?? ""), theme.dim)
    }

    /// A time in the responders' zone: "15:00" today, "1 Dec 09:00" on another day.
    static func time(_ date: Date, context: RenderContext) -> String {
        context.local.sameDay(date, context.now) ? context.local.hourMinute(date) : context.local.dayMonthTime(date)
    }

    static func draw(_ state: IncidentState, scroll: Int, body: Rect, context: RenderContext, grid: inout Grid) {
        grid.fill(body)
        let title = "Suppliers at \(context.local.hourMinute(context.now)) \(context.local.zoneName): \(KeyHint.key(.recordSupplierContact)) records a contact, \(KeyHint.key(.closeSuppliers).split(separator: "/").first ?? "Esc") closes"
        grid.box(body, title: title, style: context.theme.focusBorder, titleStyle: context.theme.focusTitle, glyphs: context.glyphs)
        let lines = lines(state, width: PaneFrame.content(of: body).width, context: context)
        let top = PaneFrame.drawLines(lines, offset: scroll, in: body, grid: &grid)
        let height = PaneFrame.content(of: body).height
        if top + height < lines.count {
            let more = lines.count - top - height
            PaneFrame.borderNote("\(context.glyphs.arrowDown) \(more) more line\(more == 1 ? "" : "s") (j/k)", in: body,
                                 style: context.theme.dim, grid: &grid, context: context)
        }
    }
}
