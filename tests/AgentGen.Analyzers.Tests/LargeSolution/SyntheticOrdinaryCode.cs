using System;
using System.Globalization;

namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>
/// Ordinary code with nothing to do with agents: a shared core, then files cut from a set of templates in turn
/// (<see cref="SyntheticServiceCode"/> for everyday application code, <see cref="SyntheticLookalikeCode"/> for code
/// that looks like what the control-flow rules look for: loops, catches, handlers, steps, console waits, mutable
/// state and attributes named like AgentGen's, none of it in an agent).
/// </summary>
internal static class SyntheticOrdinaryCode
{
    /// <summary>How many files the shared core takes; the templates start after it.</summary>
    public const int CoreFileCount = 3;

    private static readonly Func<int, string>[] s_templates =
    [
        SyntheticServiceCode.Repository,
        SyntheticServiceCode.Reports,
        SyntheticServiceCode.MutableModel,
        SyntheticServiceCode.Pipeline,
        SyntheticServiceCode.Shapes,
        SyntheticServiceCode.Streams,
        SyntheticServiceCode.Algorithms,
        SyntheticLookalikeCode.Console,
        SyntheticLookalikeCode.Handlers,
        SyntheticLookalikeCode.Simulation,
        SyntheticLookalikeCode.Workers,
        SyntheticLookalikeCode.Retries,
        SyntheticLookalikeCode.ChatWithoutAgent,
        SyntheticLookalikeCode.AttributeLookalikes,
    ];

    /// <summary>The ordinary file at <paramref name="index"/>.</summary>
    public static SyntheticFile File(int index)
    {
        switch (index)
        {
            case 0:
                return new SyntheticFile("Core/Results.cs", Results);
            case 1:
                return new SyntheticFile("Core/Infrastructure.cs", Infrastructure);
            case 2:
                return new SyntheticFile("Core/Lookalikes.cs", Lookalikes);
        }

        int n = index - CoreFileCount;
        Func<int, string> template = s_templates[n % s_templates.Length];
        string name = template.Method.Name;
        string module = (n / 100).ToString("D2", CultureInfo.InvariantCulture);
        return new SyntheticFile($"App/Module{module}/{name}{n.ToString(CultureInfo.InvariantCulture)}.cs", template(n));
    }

    /// <summary>The namespace of the ordinary file numbered <paramref name="n"/>.</summary>
    public static string Namespace(int n) => "Synthetic.App.Module" + (n / 100).ToString("D2", CultureInfo.InvariantCulture);

    private const string Results = """
        using System;
        using System.Collections.Generic;

        namespace Synthetic.Core;

        public sealed record Error(string Code, string Message);

        public readonly record struct Result<T>(T? Value, Error? Error)
        {
            public bool IsSuccess => Error is null;

            public static Result<T> Ok(T value) => new(value, null);

            public static Result<T> Fail(string code, string message) => new(default, new Error(code, message));

            public TOut Match<TOut>(Func<T, TOut> ok, Func<Error, TOut> fail) => Error is null ? ok(Value!) : fail(Error);
        }

        public abstract class Entity
        {
            public Guid Id { get; init; } = Guid.NewGuid();

            public DateTimeOffset Created { get; init; } = DateTimeOffset.UnixEpoch;

            public DateTimeOffset? Updated { get; set; }
        }

        public interface IRepository<T>
            where T : Entity
        {
            T? Find(Guid id);

            IReadOnlyCollection<T> All();

            void Save(T entity);
        }

        public sealed class MemoryRepository<T> : IRepository<T>
            where T : Entity
        {
            private readonly Dictionary<Guid, T> _items = new();

            public T? Find(Guid id) => _items.TryGetValue(id, out T? item) ? item : null;

            public IReadOnlyCollection<T> All() => _items.Values;

            public void Save(T entity) => _items[entity.Id] = entity;
        }
        """;

    private const string Infrastructure = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Synthetic.Core;

        public interface IClock
        {
            DateTimeOffset Now { get; }
        }

        public sealed class FixedClock(DateTimeOffset now) : IClock
        {
            public DateTimeOffset Now { get; set; } = now;

            public void Advance(TimeSpan by) => Now += by;
        }

        public sealed class EventBus
        {
            private readonly List<Func<object, CancellationToken, Task>> _subscribers = [];
            private readonly object _gate = new();

            public int Published { get; private set; }

            public void Subscribe(Func<object, CancellationToken, Task> subscriber)
            {
                lock (_gate)
                {
                    _subscribers.Add(subscriber);
                }
            }

            public async Task PublishAsync(object message, CancellationToken cancellationToken)
            {
                Func<object, CancellationToken, Task>[] subscribers;
                lock (_gate)
                {
                    subscribers = _subscribers.ToArray();
                    Published++;
                }

                foreach (Func<object, CancellationToken, Task> subscriber in subscribers)
                {
                    try
                    {
                        await subscriber(message, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        // A failing subscriber must not stop the others.
                    }
                }
            }
        }

        public static class Log
        {
            private static int s_lines;

            public static int Lines => s_lines;

            public static void Write(string message)
            {
                Interlocked.Increment(ref s_lines);
                Console.Error.WriteLine(message);
            }
        }
        """;

    /// <summary>Attributes and types with AgentGen's names in another namespace: the rules must look at symbols, not names.</summary>
    private const string Lookalikes = """
        using System;

        namespace Synthetic.Core.Lookalikes;

        [AttributeUsage(AttributeTargets.All)]
        public sealed class ToolAttribute(string? name = null) : Attribute
        {
            public string? Name { get; } = name;
        }

        [AttributeUsage(AttributeTargets.All)]
        public sealed class AgentAttribute : Attribute
        {
            public int MaxSteps { get; set; } = int.MaxValue;
        }

        [AttributeUsage(AttributeTargets.All)]
        public sealed class StepAttribute(string prompt) : Attribute
        {
            public string Prompt { get; } = prompt;
        }

        [AttributeUsage(AttributeTargets.All)]
        public sealed class NextStepAttribute : Attribute;

        [AttributeUsage(AttributeTargets.All)]
        public sealed class TerminalAttribute : Attribute;

        [AttributeUsage(AttributeTargets.All)]
        public sealed class RequiresApprovalAttribute : Attribute;

        public sealed class StepOutcome(string text)
        {
            public string Text { get; } = text;

            public static StepOutcome Continue(string text) => new(text);
        }

        public sealed class Approved<T>(T value)
        {
            public T Value { get; } = value;
        }
        """;
}
