package plan

import (
	"io"
	"sync"
	"sync/atomic"
)

// writeParallel generates with n workers and writes in record order.
// Chunk k holds records [k*chunkRecords, (k+1)*chunkRecords). Workers take
// the next chunk as they come free, so a worker slowed by its core (a
// busy neighbour on a shared machine) holds no one up, and the writer
// takes the chunks in order. A chunk is started only with one of window
// tickets, which the writer hands back as it writes: memory is bounded by
// the chunks in flight, not by the count, and chunk k and k+window never
// share their slot.
func (e *encoder) writeParallel(w io.Writer, n int) error {
	count := e.opt.Count
	chunks := (count + chunkRecords - 1) / chunkRecords
	window := uint64(chunksQueued * n)
	slots := make([]chan []byte, window)
	for i := range slots {
		slots[i] = make(chan []byte, 1)
	}
	free := make(chan []byte, window)
	tickets := make(chan struct{}, window)
	for range window {
		free <- nil
		tickets <- struct{}{}
	}
	var next atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := e.newState()
			for {
				select {
				case <-tickets:
				case <-stop:
					return
				}
				c := next.Add(1) - 1
				if c >= chunks {
					return
				}
				buf := (<-free)[:0]
				for i := c * chunkRecords; i < min((c+1)*chunkRecords, count); i++ {
					buf = e.appendRecord(st, buf, i)
				}
				slots[c%window] <- buf
			}
		}()
	}
	err := e.collect(w, chunks, slots, free, tickets)
	close(stop)
	wg.Wait()
	return err
}

// chunksQueued is how many chunks per worker may be in flight (being
// generated, or done and waiting for the writer).
const chunksQueued = 3

// collect writes the chunks in order as they complete.
func (e *encoder) collect(w io.Writer, chunks uint64, slots []chan []byte, free chan []byte, tickets chan struct{}) error {
	window := uint64(len(slots))
	for c := uint64(0); c < chunks; c++ {
		buf := <-slots[c%window]
		if _, err := w.Write(buf); err != nil {
			return err
		}
		free <- buf
		tickets <- struct{}{}
		if err := e.stopped(); err != nil {
			return err
		}
		if e.opt.Progress != nil {
			e.opt.Progress(min((c+1)*chunkRecords, e.opt.Count))
		}
	}
	return nil
}
