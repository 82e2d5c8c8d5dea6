/*
 * redflags.c: the red-flag questions: their keys in the answers file, which
 * of them are an emergency on their own, and the safety-net list printed
 * below every tier but emergency (evidence sheet §6.4, Tier S: safety
 * netting is central to the IFOMPT framework, Finucane et al. 2020 [S]).
 */
#include <config.h>

#include <string.h>

#include "core/triage.h"

static const char *const redflag_keys[RF_COUNT] = {
#define REDFLAG_X_KEY(id, key) [RF_##id] = key,
	REDFLAG_LIST(REDFLAG_X_KEY)
#undef REDFLAG_X_KEY
};

const char *
redflag_key(enum redflag rf)
{
	if ((unsigned)rf >= RF_COUNT)
		return NULL;
	return redflag_keys[rf];
}

int
redflag_lookup(const char *key)
{
	if (key == NULL)
		return -1;
	for (int i = 0; i < RF_COUNT; i++)
		if (strcmp(redflag_keys[i], key) == 0)
			return i;
	return -1;
}

/*
 * Tier E of §6.4, "any one, new or worsening": the cauda equina signs [S],
 * severe or progressive neurological deficit [S], back pain with fever or
 * feeling very unwell [S/M], major trauma [S], the aortic-aneurysm mimic
 * [M] and, in the hip/knee branch, a hot swollen joint with fever [M].
 */
bool
redflag_is_emergency(enum redflag rf)
{
	switch (rf) {
	case RF_SADDLE_NUMBNESS:
	case RF_BLADDER_CHANGE:
	case RF_URINE_RETENTION_OR_INCONTINENCE:
	case RF_BOWEL_INCONTINENCE:
	case RF_BOTH_LEGS:
	case RF_SEXUAL_DYSFUNCTION:
	case RF_PROGRESSIVE_WEAKNESS:
	case RF_SPREADING_NUMBNESS:
	case RF_FEVER_UNWELL:
	case RF_MAJOR_TRAUMA:
	case RF_SUDDEN_SEVERE_PAIN_FAINT:
	case RF_HOT_SWOLLEN_JOINT_FEVER:
		return true;
	default:
		return false;
	}
}

/*
 * The neurological signs that turn a cancer history into suspected spinal
 * cord compression (NICE CG75 [V]); the other CG75 signs (weakness,
 * bladder, bowel) are emergencies for everyone and already on the list.
 */
static bool
redflag_is_cancer_neuro(enum redflag rf)
{
	return rf == RF_BAND_LIKE_PAIN || rf == RF_DIFFICULTY_WALKING ||
	    rf == RF_ONE_LEG_NUMB_OR_WEAK;
}

size_t
redflag_safety_net(bool cancer_history, enum redflag out[RF_COUNT])
{
	size_t	n = 0;

	if (out == NULL)
		return 0;
	for (int i = 0; i < RF_COUNT; i++) {
		if (redflag_is_emergency((enum redflag)i) ||
		    (cancer_history && redflag_is_cancer_neuro((enum redflag)i)))
			out[n++] = (enum redflag)i;
	}
	return n;
}
