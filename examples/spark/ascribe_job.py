#!/usr/bin/env python3
"""Attributions for a crawl on Spark: WARC/WET and JSONL files in, Parquet out.

    spark-submit examples/spark/ascribe_job.py --input DIR_OR_FILES... --output OUT.parquet

Inputs (any mix, directories are searched recursively):
  *.jsonl / *.ndjson   one JSON object per line with "text" and preferably
                       "id" (plus optional "published", "outlet", "url",
                       "title"); read with spark.read.json, so any Hadoop
                       filesystem URL works (hdfs://, s3a://, file://)
  *.warc[.gz] / *.wet[.gz]
                       streamed by ascribe on the executors, one task per
                       file: paths must be readable by every worker (a shared
                       or mounted filesystem, or local copies)

Output: Parquet with one row per document: id, url, attributions (the output
contract as nested structs: kind, content/cue/source spans, speaker
{name, type, role}, venue, date, handle, confidence) and errors. Records
that could not be read or analysed are rows with empty attributions and the
reason in errors; the job goes on.

Every executor needs the `ascribe` wheel (pip install it on the nodes, or
ship it with --py-files / a packed environment; see README "Running on a
cluster"). Set --threads-per-task to spark.task.cpus when tasks get more
than one core.
"""

import argparse
import os
import sys


def list_files(inputs):
    """(jsonl, warc) local paths and URLs. Directories are walked when local."""
    jsonl, warc = [], []

    def kind(name):
        low = name.lower()
        if low.endswith((".jsonl", ".ndjson")):
            return jsonl
        if low.endswith((".warc", ".warc.gz", ".wet", ".wet.gz")):
            return warc
        return None

    for item in inputs:
        if "://" not in item and os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    target = kind(f)
                    if target is not None and not f.startswith("."):
                        target.append(os.path.join(root, f))
        else:
            target = kind(item)
            if target is None:
                sys.exit(f"ascribe_job: unknown input type: {item}")
            target.append(item)
    return jsonl, warc


def read_warc_rows(path):
    """Runs on executors: one row per document of a WARC file."""
    import ascribe

    try:
        for doc in ascribe.read_warc(path):
            yield (doc["id"], doc["text"] if not doc["errors"] or doc["text"] else None,
                   doc["published"], doc["outlet"], doc["url"], doc["title"], doc["errors"])
    except OSError as e:
        yield (os.path.basename(path), None, None, None, None, None, [str(e)])


DOC_SCHEMA = (
    "id string, text string, published string, outlet string, url string, title string, errors array<string>"
)


def documents(spark, jsonl, warc):
    """One DataFrame of documents (DOC_SCHEMA) from all inputs."""
    from pyspark.sql import functions as F

    frames = []
    if jsonl:
        df = spark.read.json(jsonl)
        cols = []
        for name in ("id", "text", "published", "outlet", "url", "title"):
            cols.append(F.col(name).cast("string").alias(name) if name in df.columns else F.lit(None).cast("string").alias(name))
        if "id" not in df.columns:
            # No ids in the files: file name and position (not the CLI's line numbers).
            cols[0] = F.concat_ws(":", F.input_file_name(), F.monotonically_increasing_id()).alias("id")
        cols.append(F.array().cast("array<string>").alias("errors"))
        frames.append(df.select(*cols))
    if warc:
        rdd = spark.sparkContext.parallelize(warc, numSlices=len(warc)).flatMap(read_warc_rows)
        frames.append(spark.createDataFrame(rdd, DOC_SCHEMA))
    if not frames:
        sys.exit("ascribe_job: no .jsonl/.ndjson/.warc[.gz]/.wet[.gz] input found")
    out = frames[0]
    for f in frames[1:]:
        out = out.unionByName(f)
    return out


def run(spark, inputs, output, partitions=None, threads_per_task=1):
    from ascribe.arrow import SPARK_SCHEMA, map_in_arrow

    jsonl, warc = list_files(inputs)
    docs = documents(spark, jsonl, warc)
    if partitions:
        docs = docs.repartition(partitions)

    def extract(batches):
        return map_in_arrow(batches, threads=threads_per_task)

    result = docs.mapInArrow(extract, SPARK_SCHEMA)
    result.write.mode("overwrite").parquet(output)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--input", nargs="+", required=True, help="directories or files (.jsonl, .warc.gz, ...)")
    p.add_argument("--output", required=True, help="Parquet output directory")
    p.add_argument("--partitions", type=int, default=None, help="repartition documents into N tasks")
    p.add_argument("--threads-per-task", type=int, default=1, help="ascribe threads per Spark task")
    p.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's")
    p.add_argument("--batch-size", type=int, default=256, help="rows per Arrow batch")
    args = p.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("ascribe")
    if args.master:
        builder = builder.master(args.master)
    spark = (
        builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", str(args.batch_size))
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        run(spark, args.input, args.output, args.partitions, args.threads_per_task)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
