/*
 * store.h: placeholder until written.
 */
#ifndef FS_PLACEHOLDER_store_H
#define FS_PLACEHOLDER_store_H
#endif
