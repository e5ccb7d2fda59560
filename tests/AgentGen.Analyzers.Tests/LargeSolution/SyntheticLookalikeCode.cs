namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>
/// Templates of ordinary code that resembles what the control-flow rules look for, outside any agent: console
/// prompts, methods named <c>Handle</c>, <c>StepAsync</c> and <c>DetermineNextStep</c>, unbounded loops, polling and
/// waits, async void and fire-and-forget, swallowed exceptions, chat clients with invocable functions, and
/// attributes named like AgentGen's from another namespace. None of it may be reported.
/// </summary>
internal static class SyntheticLookalikeCode
{
    /// <summary>A prompt whose placeholders match nothing: wrong for AgentGen's <c>[Step]</c>, fine for anyone else's.</summary>
    private const string LookalikePrompt = "\"Plan {{missing}} with {{nobody}}\"";

    public static string Console(int n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Globalization;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public static class Prompt{{n}}
        {
            public static string? Ask(string question)
            {
                Console.Write(question);
                return Console.ReadLine();
            }

            public static List<int> ReadNumbers()
            {
                var numbers = new List<int>();
                while (true)
                {
                    string? line = Console.ReadLine();
                    if (line is null || line.Length == 0)
                    {
                        break;
                    }

                    if (!int.TryParse(line, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
                    {
                        Console.Error.WriteLine($"'{line}' is not a number.");
                        continue;
                    }

                    numbers.Add(value);
                }

                return numbers;
            }

            public static bool Confirm(string question)
            {
                for (;;)
                {
                    switch (Ask(question + " [y/n] ")?.Trim().ToLowerInvariant())
                    {
                        case "y" or "yes":
                            return true;
                        case "n" or "no" or null:
                            return false;
                        default:
                            Console.WriteLine("Please answer y or n.");
                            break;
                    }
                }
            }

            public static void Menu(IReadOnlyList<string> items)
            {
                for (int i = 0; i < items.Count; i++)
                {
                    Console.WriteLine($"{i + 1}. {items[i]}");
                }

                ConsoleKeyInfo key = Console.IsInputRedirected ? default : Console.ReadKey(intercept: true);
                Console.WriteLine(key.KeyChar);
            }
        }
        """;

    public static string Handlers(int n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public sealed record CreateInvoice{{n}}(string Customer, decimal Amount);

        public sealed record CancelInvoice{{n}}(Guid Id);

        public interface IRequestHandler{{n}}<in TRequest, TResult>
        {
            Task<TResult> Handle(TRequest request, CancellationToken cancellationToken);
        }

        public sealed class InvoiceHandlers{{n}} : IRequestHandler{{n}}<CreateInvoice{{n}}, Guid>, IRequestHandler{{n}}<CancelInvoice{{n}}, bool>
        {
            private readonly Dictionary<Guid, CreateInvoice{{n}}> _invoices = new();
            private int _handled;

            public int Handled => _handled;

            public Task<Guid> Handle(CreateInvoice{{n}} request, CancellationToken cancellationToken)
            {
                var id = Guid.NewGuid();
                _invoices[id] = request;
                _handled++;
                return Task.FromResult(id);
            }

            public async Task<bool> Handle(CancelInvoice{{n}} request, CancellationToken cancellationToken)
            {
                await Task.Delay(0, cancellationToken).ConfigureAwait(false);
                _handled++;
                return _invoices.Remove(request.Id);
            }

            public void Handle(string message) => Console.WriteLine(message);

            public async void Handle(object? sender, EventArgs e)
            {
                try
                {
                    await Task.Yield();
                    _handled++;
                }
                catch (Exception)
                {
                    // An event handler has nobody to report to.
                }
            }
        }

        public sealed class UserAgentParser{{n}}
        {
            private string _last = string.Empty;
            public int Parsed;

            public string Browser { get; private set; } = "unknown";

            public void Parse(string userAgent)
            {
                _last = userAgent;
                Parsed++;
                Browser = userAgent switch
                {
                    var s when s.Contains("Firefox", StringComparison.Ordinal) => "firefox",
                    var s when s.Contains("Chrome", StringComparison.Ordinal) => "chrome",
                    _ => "other",
                };
            }

            public override string ToString() => _last;
        }
        """;

    public static string Simulation(int n) => $$"""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public sealed class Simulation{{n}}
        {
            private double _position;
            private double _velocity = 1;

            public int Steps { get; private set; }

            public bool Settled => Math.Abs(_velocity) < 0.001;

            public Task StepAsync(CancellationToken cancellationToken = default)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _velocity = (_velocity * 0.9) - (_position * 0.01);
                _position += _velocity;
                Steps++;
                return Task.CompletedTask;
            }

            public string DetermineNextStep() => Settled ? "stop" : _velocity > 0 ? "forward" : "back";

            public async Task RunUntilSettledAsync(CancellationToken cancellationToken)
            {
                while (true)
                {
                    await StepAsync(cancellationToken).ConfigureAwait(false);
                    if (Settled)
                    {
                        return;
                    }
                }
            }

            public void Spin()
            {
                do
                {
                    StepAsync().GetAwaiter().GetResult();
                }
                while (!Settled);
            }
        }

        public sealed class StateMachine{{n}}
        {
            public enum State { Idle, Running, Paused, Stopped }

            public State Current { get; private set; } = State.Idle;

            public State Step(string input)
            {
                Current = (Current, input) switch
                {
                    (State.Idle, "start") => State.Running,
                    (State.Running, "pause") => State.Paused,
                    (State.Paused, "resume") => State.Running,
                    (_, "stop") => State.Stopped,
                    _ => Current,
                };
                return Current;
            }

            public int Run(string[] inputs)
            {
                int transitions = 0;
                foreach (string input in inputs)
                {
                    State before = Current;
                    switch (Step(input))
                    {
                        case State.Stopped:
                            return transitions + 1;
                        case var after when after != before:
                            transitions++;
                            break;
                    }
                }

                return transitions;
            }
        }
        """;

    public static string Workers(int n) => $$"""
        using System;
        using System.Collections.Concurrent;
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public sealed class Poller{{n}}(Func<CancellationToken, Task<bool>> check)
        {
            private readonly SemaphoreSlim _gate = new(1, 1);
            private readonly TaskCompletionSource<bool> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public Task<bool> Ready => _ready.Task;

            public async Task PollAsync(TimeSpan interval, CancellationToken cancellationToken)
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        if (await check(cancellationToken).ConfigureAwait(false))
                        {
                            _ready.TrySetResult(true);
                            return;
                        }
                    }
                    finally
                    {
                        _gate.Release();
                    }

                    await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
                }
            }

            public void StartInBackground(CancellationToken cancellationToken) =>
                _ = Task.Run(() => PollAsync(TimeSpan.FromSeconds(1), cancellationToken), cancellationToken);

            public bool WaitBlocking(TimeSpan timeout) => _ready.Task.Wait(timeout);
        }

        public sealed class Queue{{n}}
        {
            private readonly Channel<string> _channel = Channel.CreateBounded<string>(100);
            private readonly ConcurrentBag<string> _done = new();

            public int Done => _done.Count;

            public ValueTask EnqueueAsync(string item, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(item, cancellationToken);

            public async Task ConsumeAsync(CancellationToken cancellationToken)
            {
                await foreach (string item in _channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    _done.Add(item.ToUpperInvariant());
                }
            }

            public async Task DrainAsync(TimeSpan timeout)
            {
                using var cancellation = new CancellationTokenSource(timeout);
                _channel.Writer.TryComplete();
                Task[] consumers = [ConsumeAsync(cancellation.Token), ConsumeAsync(cancellation.Token)];
                await Task.WhenAll(consumers).ConfigureAwait(false);
            }

            public async void OnTimer(object? state) => await DrainAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        """;

    public static string Retries(int n) => $$"""
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public static class Resilience{{n}}
        {
            public static async Task<string?> TryReadAsync(string path, CancellationToken cancellationToken)
            {
                try
                {
                    return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
                }
                catch (FileNotFoundException)
                {
                    return null;
                }
                catch
                {
                }

                return null;
            }

            public static async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> action, int attempts, CancellationToken cancellationToken)
            {
                for (int attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await action(cancellationToken).ConfigureAwait(false);
                    }
                    catch (HttpRequestException) when (attempt < attempts)
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is TimeoutException or IOException && attempt < attempts)
                    {
                        Console.Error.WriteLine(exception.Message);
                    }
                }
            }

            public static int ParseOrDefault(string text)
            {
                try
                {
                    return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (FormatException)
                {
                    return 0;
                }
                catch (OverflowException exception)
                {
                    throw new ArgumentException("The number is too large.", nameof(text), exception);
                }
                finally
                {
                    Console.Out.Flush();
                }
            }

            public static void Ignore(Action action)
            {
                try
                {
                    action();
                }
                catch (Exception)
                {
                    // Best effort.
                }
            }
        }
        """;

    public static string ChatWithoutAgent(int n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public sealed class ChatAssistant{{n}}(IChatClient client)
        {
            private readonly List<ChatMessage> _history = new();
            public int Turns;

            public async Task<string> AskAsync(string question, CancellationToken cancellationToken)
            {
                _history.Add(new ChatMessage(ChatRole.User, question));
                var options = new ChatOptions
                {
                    Tools = [AIFunctionFactory.Create((string city) => "sunny in " + city, "get_weather", "Gets the weather")],
                    ToolMode = ChatToolMode.Auto,
                };
                try
                {
                    ChatResponse response = await client.GetResponseAsync(_history, options, cancellationToken).ConfigureAwait(false);
                    _history.AddRange(response.Messages);
                    Turns++;
                    return response.Text;
                }
                catch (InvalidOperationException)
                {
                    return string.Empty;
                }
            }

            public async Task<string> DetermineNextStep(string goal, CancellationToken cancellationToken)
            {
                string answer = string.Empty;
                while (answer.Length == 0)
                {
                    answer = await AskAsync("What next for: " + goal, cancellationToken).ConfigureAwait(false);
                }

                return answer;
            }
        }

        public static class ThreadText{{n}}
        {
            public static string Line(ThreadEvent e) => e switch
            {
                MessageEvent m => "[" + m.Source + "] " + m.Text,
                ToolCallEvent c => "[call] " + c.Tool.ToolName,
                ToolResultEvent r => "[" + r.ToolName + "] " + r.Result,
                _ => "[" + e.Kind + "]",
            };

            public static IEnumerable<string> Lines(AgentThread thread) => thread.Events.Select(Line);

            public static int CountCalls(AgentThread thread)
            {
                int calls = 0;
                foreach (ThreadEvent e in thread.Events)
                {
                    if (e is ToolCallEvent)
                    {
                        calls++;
                    }
                }

                return calls;
            }
        }
        """;

    public static string AttributeLookalikes(int n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using Synthetic.Core.Lookalikes;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        [Tool("not an AgentGen tool!")]
        public class Widget{{n}}
        {
            public object? Payload { get; set; }

            public Stream? Content { get; set; }

            public Action<string>? Callback { get; set; }
        }

        [NextStep]
        public interface IPlan{{n}};

        [Tool, RequiresApproval]
        public sealed record Launch{{n}}(Func<int> Countdown) : IPlan{{n}};

        [Agent(MaxSteps = 1000)]
        public class Planner{{n}}
        {
            private int _calls;
            public List<string> Log = new();

            [Step({{LookalikePrompt}})]
            public Task<IPlan{{n}}> Next(string unused, CancellationToken cancellationToken)
            {
                _calls++;
                Log.Add(unused);
                return Task.FromResult<IPlan{{n}}>(new Launch{{n}}(() => _calls));
            }

            public string Handle(Launch{{n}} step) => "launched " + step.Countdown();

            public StepOutcome Handle(Approved<Launch{{n}}> step)
            {
                try
                {
                    return StepOutcome.Continue("approved " + step.Value.Countdown());
                }
                catch (Exception)
                {
                    return StepOutcome.Continue("ignored");
                }
            }
        }
        """;
}
