package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Events;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventQuery;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.EventOperations;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** {@link Events} over {@link EventOperations}: one bulk call per query the reader makes. */
final class EventsImpl implements Events {
  private final CallPipeline pipeline;

  EventsImpl(CallPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public Stream<Event> stream(EventQuery query) {
    Objects.requireNonNull(query, "query");
    String op = "events.stream";
    BackendConnection c = pipeline.route(op, Capability.EVENTS, null);
    EventOperations events = CallPipeline.group(c, BackendConnection::events, "events", op);
    EventReader reader =
        new EventReader(
            op,
            query,
            (from, to, computer, after) ->
                pipeline.invoke(
                    op,
                    c,
                    true,
                    true,
                    () -> events.fetch(query.kind(), from, to, computer, after)));
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
