package plan

import (
	"io"
	"sync"
)

// writeParallel generates with n workers and writes in record order.
// Chunk k (records [k*chunkRecords, (k+1)*chunkRecords)) belongs to worker
// k mod n, so workers never wait for work to be handed out: each fills its
// chunks into its own few reused buffers and queues them, and the writer
// takes them round-robin. Memory is bounded by the chunks in flight, not
// by the count.
func (e *encoder) writeParallel(w io.Writer, n int) error {
	count := e.opt.Count
	chunks := (count + chunkRecords - 1) / chunkRecords
	out := make([]chan []byte, n)
	free := make([]chan []byte, n)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for k := range n {
		out[k] = make(chan []byte, chunksQueued)
		free[k] = make(chan []byte, chunksQueued+1)
		for range chunksQueued + 1 {
			free[k] <- nil
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := e.newState()
			for c := uint64(k); c < chunks; c += uint64(n) {
				var buf []byte
				select {
				case buf = <-free[k]:
				case <-stop:
					return
				}
				buf = buf[:0]
				for i := c * chunkRecords; i < min((c+1)*chunkRecords, count); i++ {
					buf = e.appendRecord(st, buf, i)
				}
				select {
				case out[k] <- buf:
				case <-stop:
					return
				}
			}
		}()
	}
	err := e.collect(w, chunks, out, free)
	close(stop)
	wg.Wait()
	return err
}

// chunksQueued is how many finished chunks a worker may hold before the
// writer takes them.
const chunksQueued = 2

// collect writes the chunks in order as they complete.
func (e *encoder) collect(w io.Writer, chunks uint64, out, free []chan []byte) error {
	n := uint64(len(out))
	for c := uint64(0); c < chunks; c++ {
		buf := <-out[c%n]
		if _, err := w.Write(buf); err != nil {
			return err
		}
		free[c%n] <- buf
		if err := e.stopped(); err != nil {
			return err
		}
		if e.opt.Progress != nil {
			e.opt.Progress(min((c+1)*chunkRecords, e.opt.Count))
		}
	}
	return nil
}
