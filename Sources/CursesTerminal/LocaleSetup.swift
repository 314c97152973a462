/// Chooses the C locale for curses: the user's, C.UTF-8 when theirs is UTF-8 but missing, else ASCII.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

enum LocaleSetup {
    /// Sets the process locale (before `newterm`) and returns whether text can be UTF-8.
    ///
    /// `setlocale(LC_ALL, "")` takes the user's locale; LC_CTYPE, the one curses depends on,
    /// then follows `environment` (LC_ALL, then LC_CTYPE, then LANG), so the caller decides.
    /// If that codeset is not UTF-8 but the user asked for a UTF-8 locale (typically one that
    /// is not installed, such as en_US.UTF-8 in a container), LC_CTYPE falls back to
    /// C.UTF-8. Otherwise the console runs in ASCII mode: without a UTF-8 locale curses
    /// shows wide text as blanks.
    static func configure(environment: [String: String]) -> Bool {
        setlocale(LC_ALL, "")
        if setlocale(LC_CTYPE, characterTypeLocale(environment)) != nil, codesetIsUTF8() { return true }
        guard wantsUTF8(environment) else {
            setlocale(LC_CTYPE, "C")
            return false
        }
        setlocale(LC_CTYPE, "C.UTF-8")
        return codesetIsUTF8()
    }

    /// The locale name that decides LC_CTYPE: LC_ALL, then LC_CTYPE, then LANG, else "C".
    static func characterTypeLocale(_ environment: [String: String]) -> String {
        ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
    }

    /// The locale name that decides LC_CTYPE names UTF-8.
    static func wantsUTF8(_ environment: [String: String]) -> Bool {
        let lowered = characterTypeLocale(environment).lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
