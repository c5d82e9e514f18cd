/* The floor of a CSV reader on this machine, for benchmarks/README.md (issue 18): the least a program can do to get
 * the first two columns of a numeric CSV into a computation. Two threads each read half of the file with pread() in
 * 1 MiB pieces (the page cache copied into a buffer that stays in cache, as cat does), find each line's first two
 * cells and read them as unsigned decimals (digits and an optional point; no sign, exponent, quote, validation,
 * error message or correctly rounded conversion beyond 8 fraction digits), and then either
 *   sum     add up value × weight and the weights where value < LINE (a poverty headcount: nothing stored), or
 *   columns store value and weight in two arrays of doubles (what a sort needs; advised for huge pages) and add
 *           them up.
 * It prints the row count and the sums, so that the work cannot be optimised away. Not a reader: a measuring stick.
 *
 *   gcc -O3 -march=native -pthread -o lower-bound lower-bound.c
 *   ./lower-bound sum|columns FILE.csv [LINE]
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum { Piece = 1 << 20 };

typedef struct {
    int fd, store;
    long begin, end; /* byte range: begin is the first byte of a line, end one past a newline (or the file's end) */
    double line, *values, *weights;
    long rows;
    double poor, total;
} part;

static const double tens[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

static inline double number(const char **at) {
    const char *p = *at;
    unsigned long m = 0;
    int fraction = -1;
    for (;; p++) {
        unsigned d = (unsigned)(*p - '0');
        if (d <= 9) { m = m * 10 + d; fraction += fraction >= 0; }
        else if (*p == '.' && fraction < 0) fraction = 0;
        else break;
    }
    *at = p;
    return fraction > 0 ? (double)m / tens[fraction] : (double)m;
}

static void *run(void *arg) {
    part *t = arg;
    char *buffer = malloc(2 * Piece + 1);
    long at = t->begin, rows = 0;
    size_t carry = 0;
    double poor = 0, total = 0;
    while (at < t->end || carry > 0) {
        long want = t->end - at < Piece ? t->end - at : Piece;
        ssize_t got = want > 0 ? pread(t->fd, buffer + carry, want, at) : 0;
        if (got < 0) { perror("pread"); exit(2); }
        at += got;
        size_t size = carry + got;
        buffer[size] = '\n';
        const char *p = buffer, *stop = buffer + size;
        const char *last = memrchr(buffer, '\n', size);
        if (at < t->end && last) stop = last + 1; /* a line cut by the piece waits for the next one */
        else if (at >= t->end) stop = buffer + size;
        while (p < stop) {
            double value = number(&p);
            p++;
            double weight = number(&p);
            if (t->store) { t->values[rows] = value; t->weights[rows] = weight; }
            total += weight;
            poor += value < t->line ? weight : 0;
            rows++;
            const char *newline = memchr(p, '\n', stop - p + 1);
            p = newline + 1;
        }
        carry = buffer + size - stop;
        memmove(buffer, stop, carry);
        if (at >= t->end) break;
    }
    t->rows = rows; t->poor = poor; t->total = total;
    free(buffer);
    return NULL;
}

/* Memory for a column, advised for transparent huge pages (one fault per 2 MiB), as lppd's columns are. */
static double *huge(size_t bytes) {
    size_t size = (bytes + (2u << 20) - 1) & ~(size_t)((2u << 20) - 1);
    double *p = aligned_alloc(2u << 20, size);
    if (!p) { perror("aligned_alloc"); exit(2); }
    madvise(p, size, MADV_HUGEPAGE);
    return p;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: lower-bound sum|columns FILE.csv [LINE]\n"); return 2; }
    int fd = open(argv[2], O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) { perror(argv[2]); return 2; }
    char head[4096];
    ssize_t n = pread(fd, head, sizeof head, 0);
    char *nl = n > 0 ? memchr(head, '\n', n) : NULL;
    if (!nl) { fprintf(stderr, "%s: no header line\n", argv[2]); return 2; }
    long first = nl - head + 1, middle = first + (st.st_size - first) / 2;
    n = pread(fd, head, sizeof head, middle);
    nl = n > 0 ? memchr(head, '\n', n) : NULL;
    middle = nl ? middle + (nl - head) + 1 : st.st_size;
    int store = strcmp(argv[1], "columns") == 0;
    double line = argc > 3 ? atof(argv[3]) : 300000;
    part parts[2] = {{fd, store, first, middle, line}, {fd, store, middle, st.st_size, line}};
    for (int i = 0; i < 2; i++) if (store) {
        long most = (parts[i].end - parts[i].begin) / 4 + 1; /* a row is at least 4 bytes: untouched pages cost nothing */
        parts[i].values = huge(most * sizeof(double));
        parts[i].weights = huge(most * sizeof(double));
    }
    pthread_t other;
    pthread_create(&other, NULL, run, &parts[1]);
    run(&parts[0]);
    pthread_join(other, NULL);
    printf("%ld rows, headcount %.6f, weight %.17g\n", parts[0].rows + parts[1].rows,
           (parts[0].poor + parts[1].poor) / (parts[0].total + parts[1].total), parts[0].total + parts[1].total);
    return 0;
}
