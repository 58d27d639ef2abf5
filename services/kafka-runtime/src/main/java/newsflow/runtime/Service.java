package newsflow.runtime;

/** A newsflow service: started once, stopped once, each call returning when the service has started or stopped. */
public interface Service {
    void start();

    void stop();
}
