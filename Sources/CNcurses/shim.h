// The ncurses wide-character API for Swift, plus helpers for what Swift cannot import:
// function-like macros (A_BOLD, COLOR_PAIR, KEY_F) and C globals that Swift 6 rejects as
// not concurrency-safe (stdscr, COLORS, COLOR_PAIRS, stdin, stdout). Call curses from one
// thread only. After editing this header, remove the build folder: dependents are not rebuilt.
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }
static inline int cn_pair_number(attr_t attrs) { return (int)PAIR_NUMBER(attrs); }

static inline int cn_key_f(int n) { return KEY_F(n); }
/// Most characters (one spacing plus combining ones) a cchar_t holds.
static inline int cn_cchar_max(void) { return CCHARW_MAX; }

/// The mouse reports the console asks for: button 1 pressed or clicked, and the wheel (buttons 4 and 5).
static inline mmask_t cn_mouse_wanted(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int cn_key_mouse(void) { return KEY_MOUSE; }
