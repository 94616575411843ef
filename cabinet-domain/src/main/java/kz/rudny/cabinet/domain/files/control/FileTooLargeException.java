package kz.rudny.cabinet.domain.files.control;

/** An upload was larger than allowed; nothing of it was kept. */
public class FileTooLargeException extends Exception {

    private final long limitBytes;

    public FileTooLargeException(long limitBytes) {
        super("The file is larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    /** The largest size allowed, in bytes. */
    public long limitBytes() {
        return limitBytes;
    }
}
