/*
 * ports.c: `footscreen ports`: the serial ports libserialport finds, with
 * their USB vendor and product ids, names and serial numbers, and which
 * one "port = auto" would pick under the current configuration.
 *
 * ptys (socat, ser2net) are not listed: they are virtual and libserialport
 * skips them (stack-notes §1.7); --board takes their path all the same.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board/transport.h"
#include "cli/args.h"
#include "cli/board_cmds.h"

static void
ports_usage(FILE *f)
{
	fputs("usage: footscreen ports\n"
	    "List serial ports with their USB vendor:product ids, names and\n"
	    "serial numbers; '*' marks what [board] port = auto would pick.\n",
	    f);
}

/* One port, as "* /dev/ttyACM0  2341:0043  Arduino Uno  serial 8573..." */
static void
ports_print(const struct serial_port_info *p)
{
	char	ids[24] = "-";

	if (p->usb && p->vid >= 0 && p->pid >= 0)
		snprintf(ids, sizeof ids, "%04x:%04x", (unsigned)p->vid,
		    (unsigned)p->pid);
	printf("%c %-20s %-9s %s", p->auto_match ? '*' : ' ', p->name, ids,
	    p->description);
	if (p->manufacturer[0] != '\0' &&
	    strstr(p->description, p->manufacturer) == NULL)
		printf(" (%s)", p->manufacturer);
	if (p->serial[0] != '\0')
		printf("  serial %s", p->serial);
	if (!p->usb)
		fputs("  [not USB]", stdout);
	putchar('\n');
}

int
cmd_ports(int argc, char **argv, const struct fs_config *cfg)
{
	struct serial_port_info	*list;
	struct transport_error	 err;
	size_t			 n, i, matches = 0;

	if (argc > 1) {
		if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
			ports_usage(stdout);
			return EXIT_OK;
		}
		cli_error("ports: unexpected argument '%s'", argv[1]);
		return EXIT_USAGE;
	}
	if (transport_serial_list(&cfg->board, &list, &n, &err) == -1) {
		cli_error("ports: %s", err.msg);
		return EXIT_DATA;
	}
	if (n == 0)
		puts("no serial ports found; plug the board in (a pty from "
		    "socat is not listed, but --board takes its path)");
	for (i = 0; i < n; i++) {
		ports_print(&list[i]);
		matches += list[i].auto_match != 0;
	}
	if (n > 0 && matches != 1)
		printf("port = auto would find %s; set usb_vid, usb_pid or "
		    "description in [board], or give the port\n",
		    matches == 0 ? "none of these" : "several of these");
	free(list);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		cli_error("ports: writing the list failed");
		return EXIT_DATA;
	}
	return EXIT_OK;
}
