/*
 * scr_symptoms.h: where it hurts (scr_symptoms.c): the eight sites, a
 * detail page for each one that hurts, and the inflammatory back-pain
 * features when the low back hurts.
 */
#ifndef FOOTSCREEN_TUI_SCR_SYMPTOMS_H
#define FOOTSCREEN_TUI_SCR_SYMPTOMS_H

#include <stddef.h>

#include "core/screening.h"
#include "tui/scr_person.h"
#include "tui/scr_redflags.h"
#include "tui/widget.h"

enum symptoms_mode {
	SYM_LIST,	/* the sites, each yes or no */
	SYM_DETAIL,	/* one site: side, weeks, intensity, ... */
	SYM_AXSPA	/* the RF_AXSPA_* features (low back pain) */
};

struct scr_symptoms {
	enum symptoms_mode	mode;
	struct menu		list;	/* SITE_COUNT rows, then "no pain" */
	int			site;	/* SYM_DETAIL: which */
	struct form		form;
	struct flagpage		axspa;
};

/*
 * One symptom in words into buf (always terminated): the site, the side,
 * and when full also how long, how strong, what makes it worse, whether
 * it limits daily life and is getting better.  Returns buf.
 */
const char	*symptoms_describe(char *buf, size_t len,
		    const struct symptom *, enum symptom_site, int full);

#endif
