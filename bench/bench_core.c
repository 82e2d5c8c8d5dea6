/*
 * bench_core: figures for `make bench`.  Prints, never asserts:
 *  - the streaming core's samples per second (sway_stream_push and
 *    sway_stream_push_cells) on a long synthetic recording;
 *  - the batch core (preprocessing + every descriptor) per 100 s trace;
 *  - recording-parse throughput in MB/s;
 *  - wall time and peak memory of the whole `footscreen analyze` process on
 *    a 100 s, 100 Hz recording with every descriptor;
 *  - this process's peak memory.
 * Usage: bench_core PATH-TO-footscreen
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/cop.h"
#include "core/preprocess.h"
#include "core/sway.h"
#include "core/sway_stream.h"
#include "recording/recording.h"

extern char **environ;

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* xorshift64 and Box-Muller: a reproducible standard normal. */
static double
gauss(uint64_t *s)
{
	double	u1, u2;

	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	u1 = ((double)(*s >> 11) + 1.0) / 9007199254740993.0;
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	u2 = (double)(*s >> 11) / 9007199254740992.0;
	return sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * u2);
}

/*
 * Quiet stance as two Ornstein-Uhlenbeck processes (mm), turned into four
 * cell loads of a 70 kg person on a Wii-sized board.
 */
static void
synth_loads(double *const cell[CELL_COUNT], size_t n, double fs, uint64_t seed)
{
	const double	W = BOARD_WII_WIDTH_MM, L = BOARD_WII_LENGTH_MM, m = 70.0;
	const double	theta = 0.5, dt = 1.0 / fs;
	double		x = 0, y = 0;

	for (size_t i = 0; i < n; i++) {
		double	fr, ff;

		x += -theta * x * dt + 3.0 * sqrt(2.0 * theta * dt) * gauss(&seed);
		y += -theta * y * dt + 5.0 * sqrt(2.0 * theta * dt) * gauss(&seed);
		/* Invert cop = (W/2)(R - Lt)/m: right share fr, front share ff. */
		fr = 0.5 + x / W;
		ff = 0.5 + y / L;
		cell[CELL_TL][i] = m * (1 - fr) * ff;
		cell[CELL_TR][i] = m * fr * ff;
		cell[CELL_BL][i] = m * (1 - fr) * (1 - ff);
		cell[CELL_BR][i] = m * fr * (1 - ff);
	}
}

static void
bench_stream(void)
{
	const size_t		n = 1000000, passes = 100;
	const struct board_geometry g = { BOARD_WII_WIDTH_MM, BOARD_WII_LENGTH_MM };
	double			*buf = malloc(6 * n * sizeof *buf), *cell[CELL_COUNT];
	double			*ml, *ap, t0, t;
	struct sway_stream	 s;
	struct sway_stream_summary o;

	if (buf == NULL) {
		perror("bench_core");
		return;
	}
	for (int c = 0; c < CELL_COUNT; c++)
		cell[c] = buf + (size_t)c * n;
	ml = buf + 4 * n;
	ap = buf + 5 * n;
	synth_loads(cell, n, 100.0, 42);
	cop_series(&g, (const double *const *)cell, n, ml, ap, NULL);

	sway_stream_init(&s, 100.0);
	t0 = now();
	for (size_t p = 0; p < passes; p++)
		for (size_t i = 0; i < n; i++)
			sway_stream_push(&s, ml[i], ap[i]);
	t = now() - t0;
	sway_stream_summary(&s, &o);
	printf("streaming core, one at a time: %8.1f M samples/s  (%zu M samples, "
	    "%.3f s; rms_ML %.3f mm)\n", (double)(n * passes) / t / 1e6,
	    n * passes / 1000000, t, o.rms_ml);

	/* Blocks of 64, as a read from a fast board delivers them. */
	sway_stream_init(&s, 100.0);
	t0 = now();
	for (size_t p = 0; p < passes; p++)
		for (size_t i = 0; i < n; i += 64)
			sway_stream_push_n(&s, ml + i, ap + i, n - i < 64 ? n - i : 64);
	t = now() - t0;
	sway_stream_summary(&s, &o);
	printf("streaming core, blocks of 64:  %8.1f M samples/s  (%zu M samples, "
	    "%.3f s; rms_ML %.3f mm)\n", (double)(n * passes) / t / 1e6,
	    n * passes / 1000000, t, o.rms_ml);

	sway_stream_init(&s, 100.0);
	t0 = now();
	for (size_t p = 0; p < passes / 4; p++)
		for (size_t i = 0; i < n; i++) {
			const double load[CELL_COUNT] = { cell[0][i], cell[1][i],
			    cell[2][i], cell[3][i] };

			sway_stream_push_cells(&s, &g, load);
		}
	t = now() - t0;
	sway_stream_summary(&s, &o);
	printf("streaming core, 4-cell samples: %7.1f M samples/s  (%zu M samples, "
	    "%.3f s; right cells %.2f %%)\n", (double)(n * (passes / 4)) / t / 1e6,
	    n * (passes / 4) / 1000000, t, o.right_pct);
	free(buf);
}

static void
bench_batch(void)
{
	const size_t		 n = 10000, reps = 200;
	const struct board_geometry g = { BOARD_WII_WIDTH_MM, BOARD_WII_LENGTH_MM };
	const struct sway_options so = { .sway_density_radius = 3.0 };
	size_t			 cap = sway_preprocess_capacity(SWAY_PIPELINE_QUIJOUX2021, n, 100.0);
	size_t			 scr = sway_preprocess_scratch(SWAY_PIPELINE_QUIJOUX2021, n, 100.0);
	size_t			 dscr = sway_descriptors_scratch(cap);
	double			*buf, *cell[CELL_COUNT], *ml, *ap, *scratch, t0, t;
	struct sway_signal	 sig;
	struct sway_descriptors	 d;

	if (scr < dscr)
		scr = dscr;
	if ((buf = calloc(6 * n + 2 * cap + scr, sizeof *buf)) == NULL) {
		perror("bench_core");
		return;
	}
	for (int c = 0; c < CELL_COUNT; c++)
		cell[c] = buf + (size_t)c * n;
	ml = buf + 4 * n;
	ap = buf + 5 * n;
	scratch = buf + 6 * n + 2 * cap;
	synth_loads(cell, n, 100.0, 7);
	cop_series(&g, (const double *const *)cell, n, ml, ap, NULL);
	t0 = now();
	for (size_t r = 0; r < reps; r++) {
		memset(&sig, 0, sizeof sig);
		sig.ml = buf + 6 * n;
		sig.ap = buf + 6 * n + cap;
		sig.capacity = cap;
		if (sway_preprocess(SWAY_PIPELINE_QUIJOUX2021, ml, ap, n, 100.0,
		    scratch, &sig) != CORE_OK || sway_descriptors_compute(sig.ml,
		    sig.ap, sig.n, sig.fs, sig.mean_ml, sig.mean_ap, &so, scratch,
		    &d) != CORE_OK) {
			fputs("bench_core: batch core failed\n", stderr);
			break;
		}
	}
	t = now() - t0;
	printf("batch core, 100 s at 100 Hz:    %8.3f ms per recording "
	    "(preprocess + %d descriptors; %.1f M input samples/s)\n",
	    t / (double)reps * 1e3, SWAY_DESCRIPTOR_COUNT,
	    (double)(n * reps) / t / 1e6);
	free(buf);
}

/*
 * Write a footscreen recording of n samples; returns its size, 0 on error.
 * resolution > 0 rounds each load to it, as a board's ADC and calibration
 * do (a 24-bit HX711 on a 150 kg cell resolves about 0.01 g, a typical
 * calibration keeps 1 g); 0 writes full doubles, 17 digits each.
 */
static long
write_recording(const char *path, size_t n, uint64_t seed, double resolution)
{
	FILE			*f = fopen(path, "w");
	double			*buf = malloc(4 * n * sizeof *buf), *cell[CELL_COUNT];
	struct rec_header	 h;
	long			 size = 0;

	if (f == NULL || buf == NULL)
		goto out;
	for (int c = 0; c < CELL_COUNT; c++)
		cell[c] = buf + (size_t)c * n;
	synth_loads(cell, n, 100.0, seed);
	rec_header_init(&h);
	h.rate_hz = 100;
	h.width_mm = BOARD_WII_WIDTH_MM;
	h.length_mm = BOARD_WII_LENGTH_MM;
	h.load_unit = "kg";
	snprintf(h.meta.board, sizeof h.meta.board, "bench synthetic");
	if (recording_write_header(f, &h) != 0)
		goto out;
	for (size_t i = 0; i < n; i++) {
		double	load[CELL_COUNT];

		for (int c = 0; c < CELL_COUNT; c++)
			load[c] = resolution > 0 ? round(cell[c][i] / resolution) *
			    resolution : cell[c][i];
		if (recording_write_sample(f, (double)i / 100.0, load) != 0)
			goto out;
	}
	size = ftell(f);
out:
	if (f != NULL && fclose(f) != 0)
		size = 0;
	free(buf);
	return size;
}

static void
bench_parse(const char *dir)
{
	char			path[4096];
	struct recording	rec;
	struct rec_error	err;
	struct rec_options	o;
	long			size;
	double			t0, t;

	snprintf(path, sizeof path, "%s/parse.fsrec", dir);
	if ((size = write_recording(path, 1000000, 3, 0.0)) <= 0) {
		perror("bench_core: writing the parse test file");
		return;
	}
	rec_options_init(&o);
	t0 = now();
	if (recording_read_file(path, &o, &rec, &err) != 0) {
		fprintf(stderr, "bench_core: %s\n", err.msg);
		return;
	}
	t = now() - t0;
	printf("recording parse, 17-digit loads: %7.1f MB/s  (%.1f MB, %zu samples)\n",
	    (double)size / t / 1e6, (double)size / 1e6, rec.n);
	recording_free(&rec);
	unlink(path);
}

static void
bench_process(const char *bin, const char *dir, double resolution)
{
	char		 path[4096];
	const int	 runs = 30;
	double		 best = 1e9, total = 0;
	long		 maxrss = 0;
	struct rusage	 self;

	snprintf(path, sizeof path, "%s/analyze-100s.fsrec", dir);
	if (write_recording(path, 10000, 11, resolution) <= 0) {
		perror("bench_core: writing the analyze test file");
		return;
	}
	for (int r = 0; r < runs; r++) {
		char		*argv[] = { (char *)bin, (char *)"analyze",
		    (char *)"--format", (char *)"csv", path, NULL };
		posix_spawn_file_actions_t fa;
		struct rusage	 ru;
		pid_t		 pid;
		int		 st;
		double		 t0 = now(), t;

		posix_spawn_file_actions_init(&fa);
		posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
		if ((errno = posix_spawn(&pid, bin, &fa, NULL, argv, environ)) != 0) {
			perror("bench_core: posix_spawn");
			posix_spawn_file_actions_destroy(&fa);
			return;
		}
		posix_spawn_file_actions_destroy(&fa);
		if (wait4(pid, &st, 0, &ru) != pid || !WIFEXITED(st) ||
		    WEXITSTATUS(st) != 0) {
			fprintf(stderr, "bench_core: footscreen analyze failed\n");
			return;
		}
		t = now() - t0;
		total += t;
		if (t < best)
			best = t;
		if (ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
	}
	/*
	 * posix_spawn shares this process's memory until exec, and Linux
	 * carries that high-water mark into the child's ru_maxrss: the
	 * figure is an upper bound, so it runs first, while we are small.
	 */
	getrusage(RUSAGE_SELF, &self);
	printf("footscreen analyze, 100 s at 100 Hz, every descriptor, loads %s: "
	    "best %.2f ms, mean %.2f ms over %d runs\n", resolution > 0 ?
	    "to 1 g" : "in 17 digits", best * 1e3, total / runs * 1e3, runs);
	printf("footscreen analyze peak RSS:    %8.1f MB  (upper bound; the "
	    "launcher was %.1f MB)\n", (double)maxrss / 1024.0,
	    (double)self.ru_maxrss / 1024.0);
	unlink(path);
}

int
main(int argc, char **argv)
{
	char		dir[] = "/tmp/footscreen-bench.XXXXXX";
	struct rusage	ru;

	if (argc != 2) {
		fputs("usage: bench_core PATH-TO-footscreen\n", stderr);
		return 2;
	}
	if (mkdtemp(dir) == NULL) {
		perror("bench_core: mkdtemp");
		return 1;
	}
	bench_process(argv[1], dir, 0.001);
	bench_process(argv[1], dir, 0.0);
	bench_stream();
	bench_batch();
	bench_parse(dir);
	rmdir(dir);
	getrusage(RUSAGE_SELF, &ru);
	printf("bench_core peak RSS:            %8.1f MB\n", (double)ru.ru_maxrss / 1024.0);
	return 0;
}
