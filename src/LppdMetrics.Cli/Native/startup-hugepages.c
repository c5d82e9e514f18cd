/*
 * Start-up of the Native AOT lppd on Linux (linked into the executable by the aot-linux-x64 profile; see
 * LppdMetrics.Cli.csproj, README.md "Publishing lppd" and benchmarks/README.md, "Issue 18, session 3: start-up").
 *
 * Before managed code runs, the Native AOT runtime expands ("rehydrates") the type system's data into the
 * executable's zero-filled .hydrated section: about 15 MB for lppd, written once, page by page. Taking those
 * 3 700 page faults one 4 KiB page at a time was half of the process time of `lppd --version` and a third of
 * `lppd audit`. This constructor runs before main (and so before the rehydration) and asks the kernel for
 * transparent huge pages on the zero-filled tail of the writable segment (.bss and .hydrated): a few 2 MiB faults
 * instead of thousands of small ones. The bytes written, and so the program's behaviour, are unchanged; when the
 * kernel has transparent huge pages disabled (/sys/kernel/mm/transparent_hugepage/enabled = never) the advice is
 * ignored and start-up is as before.
 */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

static int advise_zero_filled_tail(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_W) || segment->p_memsz <= segment->p_filesz)
            continue;
        uintptr_t start = info->dlpi_addr + segment->p_vaddr + segment->p_filesz;
        uintptr_t end = info->dlpi_addr + segment->p_vaddr + segment->p_memsz;
        start = (start + page - 1) & ~(page - 1); /* the first page wholly past the file's bytes */
        end = (end + page - 1) & ~(page - 1);
        if (end > start)
            madvise((void *)start, end - start, MADV_HUGEPAGE); /* advice only: an error changes nothing */
    }
    return 1; /* the first object listed is the executable itself: stop there */
}

__attribute__((constructor)) static void lppd_advise_huge_pages(void)
{
    dl_iterate_phdr(advise_zero_filled_tail, NULL);
}
