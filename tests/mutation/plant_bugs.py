#!/usr/bin/env python3
"""Plants realistic bugs one at a time and reports how many the test suite catches.

A tool, not a CI step: each bug rebuilds the tests it names and runs them (a full run takes
about half an hour on two cores). Every bug is a snippet replacement in one source file, the
kind of slip a reviewer could miss: a comparison off by one, a check dropped, two steps in the
wrong order. A bug counts as caught when one of its tests fails (or times out). A bug whose
snippet is no longer in the source is reported as stale: update the list when the code moves.

    tests/mutation/plant_bugs.py [--build DIR] [--only ID[,ID...]] [--list] [--keep-going]

Run it on a clean tree (it refuses files with uncommitted changes) with a configured build
directory. Sources are restored after each bug, also on Ctrl-C.
"""
import argparse
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# (id, file, snippet, replacement, tests, what the bug is)
BUGS = [
    # --- pricing
    ("price-images", "src/core/catalog/Pricing.cpp",
     "price.total = (price.perImageBase + price.perImageExtras) * price.images;",
     "price.total = price.perImageBase + price.perImageExtras;",
     ["tst_pricing"], "num_images does not multiply the price"),
    ("price-extras", "src/core/catalog/Pricing.cpp",
     "price.perImageExtras += extra.perImage;", "price.perImageExtras = extra.perImage;",
     ["tst_pricing"], "a second paid extra replaces the first"),
    # --- validation
    ("enum-case", "src/core/catalog/Validation.cpp",
     "if (!v.isString() || !p.values.contains(v.toString()))",
     "if (!v.isString() || !p.values.contains(v.toString(), Qt::CaseInsensitive))",
     ["tst_validation"], "enum values accepted case-insensitively"),
    ("text-length", "src/core/catalog/Validation.cpp",
     "v.toString().size() > p.maxLength", "v.toString().size() > p.maxLength + 1",
     ["tst_validation"], "text length limit off by one"),
    ("range-min", "src/core/catalog/Validation.cpp",
     "(p.minimum && d < double(*p.minimum))", "(p.minimum && d < double(*p.minimum) - 1)",
     ["tst_validation"], "integer minimum off by one"),
    ("required", "src/core/catalog/Validation.cpp",
     "            if (p.required)", "            if (false && p.required)",
     ["tst_validation"], "a missing required parameter is not reported"),
    ("whole-number", "src/core/catalog/Validation.cpp",
     "if (!v.isDouble() || std::floor(d) != d) {", "if (!v.isDouble()) {",
     ["tst_validation"], "2.5 accepted as a whole number"),
    # --- request body
    ("model-name", "src/core/catalog/RequestBuilder.cpp",
     'return QJsonObject{{QStringLiteral("model_name"), model.name()},',
     'return QJsonObject{{QStringLiteral("model"), model.name()},',
     ["tst_requestbuilder"], "the body names the model under the wrong key"),
    # --- replies and retries
    ("bare-500", "src/core/api/ApiTypes.cpp",
     "if (httpStatus >= 500 && httpStatus <= 599)", "if (httpStatus >= 501 && httpStatus <= 599)",
     ["tst_apitypes", "tst_fashnclient"], "a bare 500 is not a server error"),
    ("bare-404", "src/core/api/ApiTypes.cpp",
     "if (httpStatus == 404)", "if (httpStatus == 410)",
     ["tst_apitypes", "tst_fashnclient"], "a bare 404 is not 'not found'"),
    ("should-retry", "src/core/api/FashnClientReplies.cpp",
     'if (shouldRetry == "false")', 'if (shouldRetry == "no")',
     ["tst_fashnclient"], "x-should-retry: false ignored"),
    ("max-retries", "src/core/api/FashnClientReplies.cpp",
     "const bool canRetry = pending->attempt < m_config.maxRetries;",
     "const bool canRetry = pending->attempt <= m_config.maxRetries;",
     ["tst_fashnclient"], "one retry more than configured"),
    ("rate-limit-not-retried", "src/core/api/FashnClientReplies.cpp",
     "    case ApiErrorKind::RateLimited:\n    case ApiErrorKind::ServerError:\n        retryable = true;",
     "    case ApiErrorKind::ServerError:\n        retryable = true;",
     ["tst_fashnclient"], "429 RateLimitExceeded is not retried"),
    ("gateway-resent", "src/core/api/FashnClientReplies.cpp",
     "if (pending->post && http >= 500 && !isFashnErrorName(outcome.error.name)) {",
     "if (pending->post && http >= 500 && outcome.error.name.isEmpty() && false) {",
     ["tst_fashnclient"], "a gateway's 502 to /run is resent"),
    ("retry-after-slept", "src/core/api/FashnClientReplies.cpp",
     "if (serverDelay > m_config.maxRetryWaitMs) {", "if (serverDelay > 100 * m_config.maxRetryWaitMs) {",
     ["tst_fashnclient"], "an hour's Retry-After is slept through"),
    ("redirect-key", "src/core/api/FashnClientReplies.cpp",
     "        pending->sendKey = false;", "        pending->sendKey = pending->sendKey;",
     ["tst_fashnclienthostile"], "the key follows an output redirect"),
    ("redirect-origin", "src/core/api/FashnClientReplies.cpp",
     "} else if (!sameOrigin(target, pending->url)) {", "} else if (false) {",
     ["tst_fashnclienthostile"], "API calls follow redirects to another host"),
    ("reply-cap", "src/core/api/FashnClient.cpp",
     "if (pending->received.size() + reply->bytesAvailable() > replyCap(pending, reply)) {",
     "if (pending->received.size() > 4 * replyCap(pending, reply)) {",
     ["tst_fashnclienthostile"], "replies are not capped in time"),
    ("key-ascii", "src/core/api/FashnClient.cpp",
     "} else if (!keyIsPrintableAscii(m_config.apiKey.trimmed())) {", "} else if (false) {",
     ["tst_fashnclienthostile", "tst_cli"], "a key with CR/LF goes into the header"),
    ("no-id-uncertain", "src/core/api/ApiTypes.cpp",
     "    result.error.kind = ApiErrorKind::SubmissionUncertain;\n    result.error.httpStatus = 200;",
     "    result.error.kind = ApiErrorKind::InvalidReply;\n    result.error.httpStatus = 200;",
     ["tst_apitypes", "tst_fashnclient"], "a /run success without an id is a free failure"),
    # --- budgets and polling
    ("budget-window", "src/core/api/RateBudget.cpp",
     "while (!m_sends.isEmpty() && m_sends.first() + m_limit.windowMs <= nowMs)",
     "while (!m_sends.isEmpty() && m_sends.first() + m_limit.windowMs / 2 <= nowMs)",
     ["tst_ratebudget", "tst_fashnclient"], "the rate window forgets sends too early"),
    ("backoff-uncapped", "src/core/api/RateBudget.cpp",
     "return qMin<qint64>(maxMs, qint64(std::floor(ceiling * jitter)));",
     "return qint64(std::floor(double(baseMs) * std::ldexp(1.0, attempt) * jitter));",
     ["tst_ratebudget"], "backoff uncapped"),
    ("poller-give-up", "src/core/api/PredictionPoller.cpp",
     "if (m_giveUpAfterMs >= 0 && now - m_troubleSinceMs >= m_giveUpAfterMs) {",
     "if (m_giveUpAfterMs >= 0 && now - m_troubleSinceMs >= 100 * m_giveUpAfterMs) {",
     ["tst_predictionpoller"], "an unreadable status is polled for days"),
    ("poller-400-ridden", "src/core/api/PredictionPoller.cpp",
     "        case ApiErrorKind::BadRequest:\n", "",
     ["tst_predictionpoller"], "a 400 on status is polled forever"),
    ("poller-no-stop", "src/core/api/PredictionPoller.cpp",
     "    if (isTerminal(result.status)) {\n        stop();", "    if (isTerminal(result.status)) {\n",
     ["tst_predictionpoller"], "polling goes on after the terminal status"),
    ("poll-gap-doubled", "src/core/api/StatusScheduler.cpp",
     "nextTau = tau + kCloseGapMs * (1.0 + kEdgeWidening * z * z);",
     "nextTau = tau + 2 * kCloseGapMs * (1.0 + kEdgeWidening * z * z);",
     ["tst_statusscheduler"], "looks within the window twice as far apart"),
    ("anchor-on-submit", "src/core/api/StatusScheduler.cpp",
     "    return before + (t.processingSeenMs - before) / 2;", "    return t.submittedMs;",
     ["tst_statusscheduler"], "the schedule counts from submission, not from processing"),
    ("misses-ignored", "src/core/api/StatusScheduler.cpp",
     "    m_missSq = (1 - kMissMemory) * m_missSq + kMissMemory * std::min(z * z, kMissSqCap);",
     "    (void)z;", ["tst_statusscheduler"], "our own misses never widen the window"),
    ("load-at-start-only", "src/core/jobs/DurationHistory.cpp",
     "        if (bySubmission.variance < f.variance)",
     "        if (false && bySubmission.variance < f.variance)",
     ["tst_durationhistory"], "the load is judged only at the processing start"),
    ("poller-real-time", "src/core/api/PredictionPoller.cpp",
     "    if (now < m_dueAtMs) {", "    if (false && now < m_dueAtMs) {",
     ["tst_predictionpoller", "tst_pollschedule"], "the poll schedule ignores the injected clock"),
    ("margin-fixed", "src/core/api/FashnClient.cpp",
     "    if (margin != m_marginMs) {", "    if (false && margin != m_marginMs) {",
     ["tst_fashnclient"], "the rate window margin ignores the round trips"),
    # --- journal and runner
    ("journal-unchecked", "src/core/jobs/JobRunner.cpp",
     "    if (!update(a, false)) {", "    if (!update(a, false) && false) {",
     ["tst_jobrunner"], "a job the journal did not record is sent"),
    ("resume-resends", "src/core/jobs/JobRunner.cpp",
     "    case JobState::Submitting:\n        finish(a, JobState::Uncertain",
     "    case JobState::Submitting:\n        prepare(a);\n        break;\n        finish(a, JobState::Uncertain",
     ["tst_jobrunner", "tst_cli_resume"], "resume sends an interrupted submission again"),
    ("cancel-during-submit", "src/core/jobs/JobRunner.cpp",
     "        a->cancelRequested = true; // decided once FASHN answers",
     "        break; // decided once FASHN answers",
     ["tst_jobrunner"], "cancel during submit ignored"),
    ("suspend-as-failed", "src/core/jobs/JobRunner.cpp",
     "        JobState state = JobState::Suspended;", "        JobState state = JobState::Failed;",
     ["tst_jobrunner"], "an unreadable status ends a paid job as a free failure"),
    ("more-outputs", "src/core/jobs/JobRunner.cpp",
     "const QStringList outputs = s.outputs.mid(0, asked);", "const QStringList outputs = s.outputs;",
     ["tst_jobrunner"], "300 listed outputs are all saved"),
    ("credits-not-paused", "src/core/jobs/JobRunner.cpp",
     "        m_pausedForCredits = true;\n", "",
     ["tst_jobrunner"], "out of credits does not hold the queue"),
    ("unfinished-order", "src/core/jobs/JobJournal.cpp",
     "ORDER BY created_at ASC", "ORDER BY created_at DESC",
     ["tst_jobjournal"], "unfinished jobs resumed newest first"),
    ("expired-not-final", "src/core/jobs/JobJournal.cpp",
     "           state == JobState::Expired;", "           false;",
     ["tst_jobjournal", "tst_jobrunner"], "an expired job is resumed again and again"),
    ("folder-not-checked", "src/core/jobs/JobRunner.cpp",
     "        encoded.folderProblem = OutputStore::checkWritable(folder);",
     "        encoded.folderProblem.clear();",
     ["disk_full"], "an unwritable output folder is found only after paying"),
    # --- saving
    ("outputs-lost-exit", "src/cli/CliRun.cpp",
     '    if (job.errorName == QLatin1String("outputs_lost"))',
     '    if (job.errorName == QLatin1String("outputs-lost"))',
     ["tst_cli", "disk_full"], "charged outputs that could not be fetched exit 2"),
    ("resave-duplicates", "src/core/library/OutputStore.cpp",
     "        if (isOwnOutput(imagePath, provenance, imageBytes))\n            break;",
     "        if (false)\n            break;",
     ["tst_outputstore", "tst_killproof"], "an output saved again after a crash gets a -2 copy"),
    ("sidecar-field", "src/core/library/OutputStore.cpp",
     '        {QStringLiteral("prediction_id"), predictionId},\n', "",
     ["tst_outputstore"], "the sidecar drops the prediction id"),
    ("sanitize-slash", "src/core/library/OutputStore.cpp",
     "c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');",
     "c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('/');",
     ["tst_outputstore"], "a hostile id puts a file outside the folder"),
    ("write-error-hidden", "src/core/library/OutputStore.cpp",
     "    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush() &&\n        file.commit())",
     "    if (file.open(QIODevice::WriteOnly) && (file.write(bytes), file.commit(), true))",
     ["tst_outputstore", "disk_full"], "a failed write is reported as saved"),
    # --- image checks
    ("data-size-cap", "src/core/images/ImagePreparer.cpp",
     "    if (data.size() > options.maxFileBytes) {", "    if (data.size() > 4 * options.maxFileBytes) {",
     ["tst_imagepreparer"], "pasted bytes over the size limit are decoded"),
    ("pixel-cap", "src/core/images/ImagePreparer.cpp",
     "if (stored.isValid() && qint64(stored.width()) * stored.height() > options.maxPixels) {",
     "if (stored.isValid() && qint64(stored.width()) > options.maxPixels) {",
     ["tst_imagepreparer"], "a decompression bomb is decoded"),
    ("exif-ignored", "src/core/images/ImagePreparer.cpp",
     "    QImageReader reader(&buffer);\n    reader.setAutoTransform(true);\n    const QByteArray format",
     "    QImageReader reader(&buffer);\n    reader.setAutoTransform(false);\n    const QByteArray format",
     ["tst_imagepreparer"], "a portrait phone photo is sent lying on its side"),
    # (Devices and FIFOs are refused twice, by a stat before opening and an fstat after it
    # against a swap in between; dropping either one alone changes nothing a test can see.)
]

CLI_TESTS = {"tst_cli", "tst_cli_batch", "tst_cli_resume", "tst_killproof", "disk_full"}


def run(cmd, timeout):
    try:
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return -1, "timeout"


def targets_for(tests):
    targets = {t for t in tests if t.startswith("tst_")}
    if CLI_TESTS & set(tests):
        targets.add("fittingroom-cli")
    if "tst_killproof" in tests:
        targets.add("fittingroom-sandbox")
    return sorted(targets)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--only", default="")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    bugs = BUGS
    if args.only:
        wanted = set(args.only.split(","))
        bugs = [b for b in BUGS if b[0] in wanted]
    if args.list:
        for b in bugs:
            print(f"{b[0]:24} {b[1]:42} {b[5]}")
        return 0
    files = sorted({b[1] for b in bugs})
    dirty = subprocess.run(["git", "diff", "--quiet", "--"] + files, cwd=ROOT).returncode
    if dirty:
        print("refusing: uncommitted changes in the files bugs are planted in", file=sys.stderr)
        return 2

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    os.environ.update(env)
    caught, missed, stale = [], [], []
    started = time.time()
    for bug_id, path, find, replace, tests, what in bugs:
        full = os.path.join(ROOT, path)
        original = open(full, encoding="utf-8").read()
        if original.count(find) != 1:
            stale.append(bug_id)
            print(f"STALE   {bug_id}: the snippet is not in {path} exactly once", flush=True)
            continue
        try:
            with open(full, "w", encoding="utf-8") as f:
                f.write(original.replace(find, replace, 1))
            code, out = run(["cmake", "--build", args.build, "--target"] + targets_for(tests), 1800)
            if code != 0:
                stale.append(bug_id)
                print(f"NOBUILD {bug_id}: the planted code does not compile; fix the list", flush=True)
                continue
            pattern = "^(" + "|".join(re.escape(t) for t in tests) + ")$"
            code, out = run(["ctest", "--test-dir", args.build, "-R", pattern, "--timeout", "600"], 3600)
            if code != 0:
                caught.append(bug_id)
                print(f"caught  {bug_id}: {what}", flush=True)
            else:
                missed.append(bug_id)
                print(f"MISSED  {bug_id}: {what} ({', '.join(tests)} passed)", flush=True)
        finally:
            with open(full, "w", encoding="utf-8") as f:
                f.write(original)
    # Leave the build matching the sources again.
    run(["cmake", "--build", args.build], 3600)
    scored = len(caught) + len(missed)
    score = 100.0 * len(caught) / scored if scored else 0.0
    print(f"\n{len(caught)} of {scored} planted bugs caught ({score:.0f} %); "
          f"{len(stale)} stale; {time.time() - started:.0f} s")
    if missed:
        print("missed: " + ", ".join(missed))
    return 0 if score >= 90 else 1


if __name__ == "__main__":
    sys.exit(main())
