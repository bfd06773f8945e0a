package communique.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides which parsed articles of a run are written, in file order: a skipped piece is reported and its file marked
 * as failed (so nothing indexed from it is deleted), and an id seen before is skipped, the first occurrence winning.
 * {@link #admit} is called for one batch at a time in batch order ({@link Turns}), so the ids need no lock; skips
 * found while writing may come from any worker.
 */
final class Admissions {

    private final IndexReport report;
    private final Set<String> seenIds = new HashSet<>();
    private final Set<String> failedFiles = ConcurrentHashMap.newKeySet();
    private final AtomicLong admitted = new AtomicLong();

    Admissions(IndexReport report) {
        this.report = report;
    }

    /** Reports the batch's skipped pieces and repeated ids; returns the articles to write. */
    List<Batch.Parsed> admit(List<Batch.Parsed> parsed) {
        List<Batch.Parsed> out = new ArrayList<>(parsed.size());
        for (Batch.Parsed p : parsed) {
            if (p.problem() != null) {
                skip(p.file(), p.problem());
            } else if (!seenIds.add(p.article().id())) {
                skip(p.file(), p.article().source() + ": duplicate id " + p.article().id()
                        + " (an earlier article in this run has it; the first is kept)");
            } else {
                out.add(p);
            }
        }
        admitted.addAndGet(out.size());
        return out;
    }

    /** Names a skipped source; its file is then failed. Thread-safe. */
    void skip(String file, String reason) {
        failedFiles.add(file);
        report.skipped(reason);
    }

    /** Ids admitted so far (the deletion step keeps these); complete once every batch has had its turn. */
    Set<String> seenIds() {
        return seenIds;
    }

    /** Files that failed to read in whole or in part: nothing indexed from them may be deleted. */
    Set<String> failedFiles() {
        return failedFiles;
    }

    /** Articles admitted so far, for progress reports. */
    long admitted() {
        return admitted.get();
    }
}
