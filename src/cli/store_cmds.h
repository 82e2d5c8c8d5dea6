/*
 * store_cmds.h: placeholder until written.
 */
#ifndef FS_PLACEHOLDER_store_cmds_H
#define FS_PLACEHOLDER_store_cmds_H
#endif
