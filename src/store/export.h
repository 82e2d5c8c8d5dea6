/*
 * export.h: placeholder until written.
 */
#ifndef FS_PLACEHOLDER_export_H
#define FS_PLACEHOLDER_export_H
#endif
