package dev.inkstone.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A suite that repeats another with only the image storage switched (S3 instead of the file system). Where an image's
 * bytes are kept does not depend on the database, and the default storage's suite runs on both databases, so CI's
 * PostgreSQL stage leaves the variant out ({@code -DexcludedGroups=...,storage-variant} in {@code .ci/run}): on 2
 * cores it was a minute of that stage, for an S3 server and an application restart that test nothing of PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(StorageVariant.TAG)
public @interface StorageVariant {

    String TAG = "storage-variant";
}
