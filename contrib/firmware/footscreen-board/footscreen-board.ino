/*
 * footscreen-board.ino: firmware for a balance board of four load cells,
 * each on its own HX711 amplifier, speaking footscreen's native line
 * protocol (footscreen-board(7)) over USB serial.
 *
 * Every tick of SAMPLE_RATE_HZ it sends the latest raw reading of the
 * four cells as
 *	S,<seq>,<micros>,<TL>,<TR>,<BL>,<BR>*<XX>
 * where seq counts ticks (a tick whose readings were not all new is not
 * sent, so the host sees the gap), micros is the Arduino's micros() at
 * the tick (it wraps after 71.6 minutes, as the protocol expects) and XX
 * is the XOR of the bytes before '*', in hex.  A line "?" from the host is
 * answered with the hello line
 *	H,footscreen-board,<FIRMWARE_VERSION>,<SAMPLE_RATE_HZ>,raw*<XX>
 * which is also sent at start-up.  A cell that stops converting is
 * reported once with an E line, and its return with an I line.  The
 * readings are raw HX711 counts: tare and scale happen on the host
 * (footscreen calibrate), so the board needs no set-up of its own.
 *
 * It uses the public API of the common Arduino "HX711" library by Bogdan
 * Necula (github.com/bogde/HX711: begin(), is_ready(), read()), to be
 * installed from the Arduino library manager; no code of it is copied
 * here.  It builds for AVR boards (Uno, Nano, Mega) and for ESP32; on an
 * ESP32 choose pins that exist on the module.
 *
 * Wiring (see footscreen-board(7)): cell c's HX711 has its DT pin on
 * DOUT_PIN[c] and its SCK pin on SCK_PIN[c]; each HX711 gets its own SCK,
 * since the library clocks one chip at a time and a shared clock line
 * would disturb the others' conversions.  Tie each HX711's RATE pin high
 * for 80 samples/s: at the 10 samples/s of RATE low, SAMPLE_RATE_HZ must
 * drop below 10, too slow for posturography (50 Hz at least).
 *
 * This file is part of footscreen; see COPYING.
 */
#include <HX711.h>
#include <stdio.h>

/* Serial speed; footscreen's default ([board] baud in footscreen.conf). */
#define BAUD			115200
/*
 * Samples per second.  Keep it below the HX711's own rate (80 with RATE
 * high) with a margin for the chips' oscillators, which drift by a few
 * per cent, so that every tick finds four new readings.  Each line is
 * about 60 bytes, 600 bits on the wire: BAUD must exceed 600 times this.
 */
#define SAMPLE_RATE_HZ		50
/* A cell silent this long is reported; at 80 or 10 samples/s it is dead. */
#define STALL_MS		500
#define BOARD_NAME		"footscreen-board"
#define FIRMWARE_VERSION	"1.0"

/* Index 0..3 is the cell TL, TR, BL, BR: the order the lines carry. */
static const uint8_t	DOUT_PIN[4] = { 2, 4, 6, 8 };
static const uint8_t	SCK_PIN[4] = { 3, 5, 7, 9 };
static const char *const CELL_NAME[4] = { "TL", "TR", "BL", "BR" };

static const uint32_t	PERIOD_US = 1000000UL / SAMPLE_RATE_HZ;

static HX711		cell[4];
static long		latest[4];	/* last reading of each cell */
static bool		fresh[4];	/* read since the last sample */
static bool		stalled[4];	/* reported as not converting */
static uint32_t		last_ready_ms[4];
static uint32_t		seq;		/* ticks so far */
static uint32_t		due_us;		/* micros() of the next tick */

static char		cmd[16];	/* the host's line so far */
static uint8_t		cmd_len;
static bool		cmd_too_long;

/* Send body followed by "*XX" and LF, XX its XOR checksum. */
static void
send_record(const char *body)
{
	uint8_t		x = 0;
	char		tail[4];

	for (const char *p = body; *p != '\0'; p++)
		x ^= (uint8_t)*p;
	snprintf(tail, sizeof tail, "*%02X", (unsigned)x);
	Serial.print(body);
	Serial.print(tail);
	Serial.print('\n');
}

static void
send_hello(void)
{
	char	body[64];

	snprintf(body, sizeof body, "H,%s,%s,%u,raw", BOARD_NAME,
	    FIRMWARE_VERSION, (unsigned)SAMPLE_RATE_HZ);
	send_record(body);
}

/* Report cell c going silent or coming back, once each time. */
static void
send_cell_state(int c, bool silent)
{
	char	body[48];

	if (silent)
		snprintf(body, sizeof body, "E,1,HX711 on %s not ready",
		    CELL_NAME[c]);
	else
		snprintf(body, sizeof body, "I,HX711 on %s ready again",
		    CELL_NAME[c]);
	send_record(body);
}

/* Take every conversion that is ready; notice cells that fell silent. */
static void
poll_cells(void)
{
	const uint32_t	now_ms = millis();

	for (int c = 0; c < 4; c++) {
		if (cell[c].is_ready()) {
			/* Ready, so read() clocks the 24 bits out at once. */
			latest[c] = cell[c].read();
			fresh[c] = true;
			last_ready_ms[c] = now_ms;
			if (stalled[c]) {
				stalled[c] = false;
				send_cell_state(c, false);
			}
		} else if (!stalled[c] &&
		    now_ms - last_ready_ms[c] > STALL_MS) {
			stalled[c] = true;
			send_cell_state(c, true);
		}
	}
}

/* Read the host's commands: a line "?" asks for the hello line. */
static void
poll_host(void)
{
	while (Serial.available() > 0) {
		const char	ch = (char)Serial.read();

		if (ch == '\n') {
			if (cmd_len > 0 && cmd[cmd_len - 1] == '\r')
				cmd_len--;
			if (!cmd_too_long && cmd_len == 1 && cmd[0] == '?')
				send_hello();
			else if (cmd_too_long || cmd_len > 0)
				send_record("E,2,unknown command");
			cmd_len = 0;
			cmd_too_long = false;
		} else if (cmd_len < sizeof cmd)
			cmd[cmd_len++] = ch;
		else
			cmd_too_long = true;
	}
}

/* On a tick, send the sample if all four cells have a new reading. */
static void
poll_tick(void)
{
	const uint32_t	now = micros();
	char		body[80];

	/* Signed difference: right across the wrap of micros(). */
	if ((int32_t)(now - due_us) < 0)
		return;
	if (fresh[0] && fresh[1] && fresh[2] && fresh[3]) {
		snprintf(body, sizeof body, "S,%lu,%lu,%ld,%ld,%ld,%ld",
		    (unsigned long)seq, (unsigned long)now, latest[0],
		    latest[1], latest[2], latest[3]);
		send_record(body);
		for (int c = 0; c < 4; c++)
			fresh[c] = false;
	}
	seq++;
	due_us += PERIOD_US;
	/* Fallen a whole tick behind (a long write): skip, do not burst. */
	if ((int32_t)(now - due_us) >= 0)
		due_us = now + PERIOD_US;
}

void
setup(void)
{
	Serial.begin(BAUD);
	for (int c = 0; c < 4; c++) {
		cell[c].begin(DOUT_PIN[c], SCK_PIN[c]);	/* channel A, gain 128 */
		last_ready_ms[c] = millis();
	}
	send_record("I,footscreen-board starting");
	send_hello();
	due_us = micros() + PERIOD_US;
}

void
loop(void)
{
	poll_host();
	poll_cells();
	poll_tick();
}
