package communique.article;

import communique.article.WarcScan.Capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses, among all captures of one address in a set of WARC files, the one to read: the newest by WARC-Date (a
 * later file, then a later record, breaks a tie). A revisit holds no page of its own: when it is the newest, the page
 * it stands for is read instead, the newest response of that address with the revisit's payload digest (or, when
 * none of these files holds that one, the newest response there is). Memory: one map entry per address, about 100
 * bytes, plus 8 bytes per chosen record.
 */
final class NewestCaptures {

    private final List<WarcScan> scans;
    private final long[][] chosenKeys;
    private final List<List<Capture>> chosen = new ArrayList<>();
    private final long[] superseded;

    private NewestCaptures(List<WarcScan> scans) {
        this.scans = scans;
        this.chosenKeys = new long[scans.size()][];
        this.superseded = new long[scans.size()];
    }

    /** Chooses across the scans of one run; a file's index in the list is its number in {@link #isChosen}. */
    static NewestCaptures of(List<WarcScan> scans) {
        NewestCaptures newest = new NewestCaptures(scans);
        newest.choose();
        return newest;
    }

    /** True when the record with this key in file {@code file} is the capture to read for its address. */
    boolean isChosen(int file, long recordKey) {
        return Arrays.binarySearch(chosenKeys[file], recordKey) >= 0;
    }

    /** The captures to read in file {@code file}, in file order. */
    List<Capture> chosen(int file) {
        return chosen.get(file);
    }

    /** HTML captures in file {@code file} left out because a newer capture of the same address was chosen. */
    long superseded(int file) {
        return superseded[file];
    }

    private void choose() {
        Map<Long, Long> newest = new HashMap<>();
        forEachCapture((ref, c) -> newest.merge(c.urlKey(), ref, this::newer));
        Map<Long, Long> revisited = new HashMap<>();
        newest.forEach((url, ref) -> {
            if (capture(ref).revisit()) {
                revisited.put(url, ref);
            }
        });
        Map<Long, Long> replacements = originals(revisited);
        Set<Long> winners = new HashSet<>();
        for (Map.Entry<Long, Long> e : newest.entrySet()) {
            Long ref = revisited.containsKey(e.getKey()) ? replacements.get(e.getKey()) : e.getValue();
            if (ref != null) {
                winners.add(ref);
            }
        }
        for (int f = 0; f < scans.size(); f++) {
            chosen.add(new ArrayList<>());
        }
        winners.stream().sorted().forEach(ref -> chosen.get(file(ref)).add(capture(ref)));
        for (int f = 0; f < scans.size(); f++) {
            chosenKeys[f] = chosen.get(f).stream().mapToLong(Capture::recordKey).sorted().toArray();
        }
        forEachCapture((ref, c) -> superseded[file(ref)] += c.revisit() || winners.contains(ref) ? 0 : 1);
    }

    /**
     * For each address whose newest capture is a revisit: the newest response with the revisit's payload digest,
     * else the newest response at all; none when the files hold no response of that address.
     */
    private Map<Long, Long> originals(Map<Long, Long> revisited) {
        Map<Long, Long> sameDigest = new HashMap<>();
        Map<Long, Long> anyResponse = new HashMap<>();
        if (revisited.isEmpty()) {
            return anyResponse;
        }
        forEachCapture((ref, c) -> {
            Long revisit = revisited.get(c.urlKey());
            if (revisit == null || c.revisit()) {
                return;
            }
            anyResponse.merge(c.urlKey(), ref, this::newer);
            long digest = capture(revisit).payloadKey();
            if (digest != 0 && digest == c.payloadKey()) {
                sameDigest.merge(c.urlKey(), ref, this::newer);
            }
        });
        anyResponse.putAll(sameDigest);
        return anyResponse;
    }

    private interface CaptureVisitor {
        void visit(long ref, Capture capture);
    }

    private void forEachCapture(CaptureVisitor visitor) {
        for (int f = 0; f < scans.size(); f++) {
            List<Capture> captures = scans.get(f).captures();
            for (int i = 0; i < captures.size(); i++) {
                visitor.visit(ref(f, i), captures.get(i));
            }
        }
    }

    /** The newer of two captures of one address; the later in file order when their dates are equal. */
    private Long newer(Long a, Long b) {
        long da = capture(a).dateMillis();
        long db = capture(b).dateMillis();
        if (da != db) {
            return da > db ? a : b;
        }
        return a > b ? a : b;
    }

    /** A capture's place, packed: file number in the high half, index in the file's captures in the low half. */
    private static long ref(int file, int index) {
        return ((long) file << 32) | index;
    }

    private static int file(long ref) {
        return (int) (ref >>> 32);
    }

    private Capture capture(long ref) {
        return scans.get(file(ref)).captures().get((int) ref);
    }
}
