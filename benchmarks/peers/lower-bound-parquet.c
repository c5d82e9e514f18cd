/* The floor of a Parquet reader on this machine, for benchmarks/README.md (issue 18): the least a program can do to
 * get two double columns of a Parquet file into a computation, as lower-bound.c is for the CSV. Two threads take the
 * row groups in turn; for each of the two columns a thread reads the chunk with pread() into a buffer it reuses, skips
 * the page header (the shape Parquet.Net writes: one data page per chunk, required columns, PLAIN doubles; nothing
 * else is accepted) and either copies the values (UNCOMPRESSED) or decompresses them with the C library libsnappy
 * (SNAPPY), then
 *   sum     into two buffers it reuses (advised for huge pages, as lppd's are), and adds up the weights and those of the rows where value < LINE (a poverty
 *           headcount: nothing stored), or
 *   columns straight into two arrays of doubles (what a sort needs; advised for huge pages) and adds them up.
 * No validation, no dictionary, no levels, no error message. Not a reader: a measuring stick. The chunk list comes
 * from parquet-chunks.cs ("column rows offset bytes codec" per line, in row order).
 *
 *   gcc -O3 -march=native -pthread -o lower-bound-parquet lower-bound-parquet.c -l:libsnappy.so.1
 *   ./lower-bound-parquet sum|columns FILE.parquet CHUNKS.txt [LINE]
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int snappy_uncompress(const char *compressed, size_t length, char *out, size_t *out_length); /* snappy-c.h */

typedef struct { long rows, offset, bytes, first; int snappy; } chunk; /* first: the chunk's first row */
typedef struct { int fd, store, index; double line, poor, total; } part;

static chunk chunks[2][4096];
static int groups;
static double *values, *weights;

/* A zigzag varint of the Thrift compact protocol. */
static long varint(const unsigned char *p, int *at) {
    unsigned long v = 0; int shift = 0; unsigned char b;
    do { b = p[(*at)++]; v |= (unsigned long)(b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    return (long)(v >> 1) ^ -(long)(v & 1);
}

/* The page's values: its header's first three fields are type, uncompressed size and compressed size (i32 each,
 * field deltas of 1); the header is what the chunk holds before the compressed bytes. */
static void page(int fd, const chunk *c, char *buffer, char *out) {
    if (pread(fd, buffer, c->bytes, c->offset) != c->bytes) { perror("pread"); exit(2); }
    const unsigned char *p = (const unsigned char *)buffer;
    int at = 1;
    varint(p, &at); at++;
    long uncompressed = varint(p, &at); at++;
    long compressed = varint(p, &at);
    long header = c->bytes - compressed;
    size_t size = uncompressed;
    if (uncompressed != c->rows * 8 || header <= 0) { fprintf(stderr, "not a chunk of one page of plain doubles\n"); exit(2); }
    if (c->snappy ? snappy_uncompress(buffer + header, compressed, out, &size) != 0 : (memcpy(out, buffer + header, size), 0))
        { fprintf(stderr, "snappy: corrupt page\n"); exit(2); }
}

static double *huge(size_t bytes) {
    size_t size = (bytes + (2u << 20) - 1) & ~(size_t)((2u << 20) - 1);
    double *p = aligned_alloc(2u << 20, size);
    if (!p) { perror("aligned_alloc"); exit(2); }
    madvise(p, size, MADV_HUGEPAGE);
    return p;
}

static void *run(void *arg) {
    part *t = arg;
    long most = 0;
    for (int g = 0; g < groups; g++) for (int k = 0; k < 2; k++) if (chunks[k][g].bytes > most) most = chunks[k][g].bytes;
    char *buffer = (char *)huge(most), *y = NULL, *w = NULL;
    if (!t->store) { long rows = 0; for (int g = 0; g < groups; g++) if (chunks[0][g].rows > rows) rows = chunks[0][g].rows;
        y = (char *)huge(rows * 8); w = (char *)huge(rows * 8); }
    double poor = 0, total = 0;
    for (int g = t->index; g < groups; g += 2) {
        const chunk *a = &chunks[0][g], *b = &chunks[1][g];
        double *ys = t->store ? values + a->first : (double *)y, *ws = t->store ? weights + b->first : (double *)w;
        page(t->fd, a, buffer, (char *)ys);
        page(t->fd, b, buffer, (char *)ws);
        for (long r = 0; r < a->rows; r++) { total += ws[r]; poor += ys[r] < t->line ? ws[r] : 0; }
    }
    t->poor = poor; t->total = total;
    free(buffer); free(y); free(w);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: lower-bound-parquet sum|columns FILE.parquet CHUNKS.txt [LINE]\n"); return 2; }
    int fd = open(argv[2], O_RDONLY);
    FILE *list = fopen(argv[3], "r");
    if (fd < 0 || !list) { perror("open"); return 2; }
    int column, count[2] = {0, 0};
    long rows, offset, bytes, first[2] = {0, 0};
    char codec[32];
    while (fscanf(list, "%d %ld %ld %ld %31s", &column, &rows, &offset, &bytes, codec) == 5 && column >= 0 && column < 2 && count[column] < 4096) {
        chunks[column][count[column]] = (chunk){rows, offset, bytes, first[column], strcmp(codec, "SNAPPY") == 0};
        first[column] += rows; count[column]++;
    }
    groups = count[0];
    if (groups == 0 || count[1] != groups || first[0] != first[1]) { fprintf(stderr, "%s: two columns of the same row groups expected\n", argv[3]); return 2; }
    int store = strcmp(argv[1], "columns") == 0;
    if (store) { values = huge(first[0] * 8); weights = huge(first[0] * 8); }
    double line = argc > 4 ? atof(argv[4]) : 300000;
    part parts[2] = {{fd, store, 0, line}, {fd, store, 1, line}};
    pthread_t other;
    pthread_create(&other, NULL, run, &parts[1]);
    run(&parts[0]);
    pthread_join(other, NULL);
    printf("%ld rows, headcount %.6f, weight %.17g\n", first[0], (parts[0].poor + parts[1].poor) / (parts[0].total + parts[1].total),
           parts[0].total + parts[1].total);
    return 0;
}
