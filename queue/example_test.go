package queue_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/isnad-news/isnad/queue"
)

// Example publishes two jobs (one twice) and runs a worker until both are
// done. The server runs in-process here; in production it is nats-server -js.
func Example() {
	dir, _ := os.MkdirTemp("", "isnad-queue")
	defer os.RemoveAll(dir)
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: server.RANDOM_PORT, JetStream: true, StoreDir: dir, NoLog: true, NoSigs: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	go s.Start()
	defer s.Shutdown()
	s.ReadyForConnections(10 * time.Second)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	q, err := queue.Open(ctx, s.ClientURL(), queue.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer q.Close()

	page := queue.Job{Name: "خبر.txt", Data: []byte("أعلنت البلدية إغلاق الطريق الدائري يوم الجمعة.")}
	link := queue.Job{Name: "رابط", URL: "https://example.com/ar/1"}
	if err := q.Publish(ctx, page, link, page); err != nil { // the second page is a duplicate
		fmt.Println(err)
		return
	}

	done := make(chan string, 3)
	wctx, stop := context.WithCancel(ctx)
	go func() {
		for range 2 {
			fmt.Printf("handled %+q\n", <-done)
		}
		stop()
	}()
	err = q.Consume(wctx, 1, func(ctx context.Context, j queue.Job) error {
		done <- j.Name // analyse and store here; storing must be idempotent
		return nil
	})
	st, _ := q.Stats(ctx)
	fmt.Println("consume:", err, "processed:", st.Processed, "pending:", st.Pending)
	// Output:
	// handled "\u062e\u0628\u0631.txt"
	// handled "\u0631\u0627\u0628\u0637"
	// consume: <nil> processed: 2 pending: 0
}
