package newsflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The corpus's page bytes in a temporary file instead of the heap: 20,000 pages are 300 MB, which would count in the
 * heap figures the bench reports for the pipeline. The operating system's page cache keeps reads cheap. Deleted when
 * the JVM exits.
 */
final class PageFile {
    private final FileChannel channel;
    private long end;

    PageFile() {
        try {
            Path path = Files.createTempFile("newsflow-bench-pages", ".bin");
            path.toFile().deleteOnExit();
            this.channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's place in the file. */
    record Slice(PageFile file, long offset, int length) {
        byte[] read() {
            return file.read(offset, length);
        }
    }

    synchronized Slice append(byte[] bytes) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            long at = end;
            while (buf.hasRemaining()) {
                end += channel.write(buf, end);
            }
            return new Slice(this, at, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] read(long offset, int length) {
        ByteBuffer buf = ByteBuffer.allocate(length);
        try {
            while (buf.hasRemaining()) {
                if (channel.read(buf, offset + buf.position()) < 0) {
                    throw new IOException("page file ends before " + (offset + length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.array();
    }
}
