/*
 * migrate.h: placeholder until written.
 */
#ifndef FS_PLACEHOLDER_migrate_H
#define FS_PLACEHOLDER_migrate_H
#endif
