/* The floor for Benchmarks/console.sh: the least a full-screen ncurses program can do, a clock once a second. */
#include <curses.h>
#include <locale.h>
#include <time.h>

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    curs_set(0);
    timeout(1000);
    for (;;) {
        char now[16];
        time_t t = time(NULL);
        strftime(now, sizeof now, "%H:%M:%S", localtime(&t));
        mvprintw(0, 0, "floor clock %s", now);
        mvprintw(LINES - 1, 0, "q quits");
        refresh();
        if (getch() == 'q') break;
    }
    endwin();
    return 0;
}
