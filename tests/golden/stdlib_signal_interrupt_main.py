# _thread.interrupt_main(signum): simulates the signal for its Python handler (KeyboardInterrupt for SIGINT), nothing when default or ignored
import _thread, signal, time
try:
    _thread.interrupt_main()
    for i in range(10):
        time.sleep(0.001)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
_thread.interrupt_main(signal.SIGUSR1)
time.sleep(0.001)
print(got)
_thread.interrupt_main(signal.SIGUSR2)  # default: nothing
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
time.sleep(0.001)
print("still here")
try:
    _thread.interrupt_main(0)
except ValueError as e:
    print(e)
