namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>
/// Templates of everyday application code, numbered by <c>n</c> so every file declares its own types: repositories
/// and services with async methods, LINQ reports, mutable models, delegate pipelines, record hierarchies with
/// pattern matching, streams and disposables, and algorithms over spans and structs.
/// </summary>
internal static class SyntheticServiceCode
{
    public static string Repository(int n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Synthetic.Core;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public sealed class Customer{{n}} : Entity
        {
            public required string Name { get; set; }

            public string? Email { get; set; }

            public List<Order{{n}}> Orders { get; } = [];
        }

        public sealed record Order{{n}}(Guid Id, decimal Total, DateTimeOffset PlacedAt, bool Paid);

        public sealed class CustomerService{{n}}(IRepository<Customer{{n}}> repository, IClock clock)
        {
            public async Task<Result<Customer{{n}}>> RegisterAsync(string name, string? email, CancellationToken cancellationToken)
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                if (string.IsNullOrWhiteSpace(name))
                {
                    return Result<Customer{{n}}>.Fail("name", "A customer needs a name.");
                }

                var customer = new Customer{{n}} { Name = name.Trim(), Email = email, Created = clock.Now };
                repository.Save(customer);
                return Result<Customer{{n}}>.Ok(customer);
            }

            public decimal Outstanding(Guid id) =>
                repository.Find(id)?.Orders.Where(o => !o.Paid).Sum(o => o.Total) ?? 0m;

            public IEnumerable<(string Name, decimal Spent)> TopSpenders(int count) =>
                repository.All()
                    .Select(c => (c.Name, Spent: c.Orders.Where(o => o.Paid).Sum(o => o.Total)))
                    .OrderByDescending(x => x.Spent)
                    .ThenBy(x => x.Name, StringComparer.Ordinal)
                    .Take(count);

            public async Task<int> ImportAsync(IAsyncEnumerable<string> names, CancellationToken cancellationToken)
            {
                int imported = 0;
                await foreach (string name in names.WithCancellation(cancellationToken))
                {
                    Result<Customer{{n}}> result = await RegisterAsync(name, null, cancellationToken).ConfigureAwait(false);
                    if (result.IsSuccess)
                    {
                        imported++;
                    }
                }

                return imported;
            }
        }
        """;

    public static string Reports(int n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public sealed record Sale{{n}}(string Region, string Product, int Units, decimal Price, DateOnly Day);

        public static class SalesReport{{n}}
        {
            public static IReadOnlyDictionary<string, decimal> RevenueByRegion(IEnumerable<Sale{{n}}> sales) =>
                (from sale in sales
                 group sale by sale.Region into region
                 orderby region.Key
                 select new { region.Key, Revenue = region.Sum(s => s.Units * s.Price) })
                .ToDictionary(x => x.Key, x => x.Revenue, StringComparer.Ordinal);

            public static IEnumerable<string> Lines(IEnumerable<Sale{{n}}> sales)
            {
                foreach (var month in sales.GroupBy(s => new { s.Day.Year, s.Day.Month }).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month))
                {
                    int units = month.Sum(s => s.Units);
                    if (units == 0)
                    {
                        continue;
                    }

                    yield return string.Create(CultureInfo.InvariantCulture, $"{month.Key.Year}-{month.Key.Month:D2}: {units} units");
                }
            }

            public static string Table(IReadOnlyList<Sale{{n}}> sales)
            {
                var text = new StringBuilder();
                var best = sales.Count == 0 ? null : sales.MaxBy(s => s.Units * s.Price);
                for (int i = 0; i < sales.Count; i++)
                {
                    Sale{{n}} sale = sales[i];
                    string marker = ReferenceEquals(sale, best) ? "*" : " ";
                    text.Append(marker).Append(sale.Product.PadRight(20)).Append(sale.Units.ToString(CultureInfo.InvariantCulture)).AppendLine();
                }

                var products = sales.Select(s => s.Product).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
                text.AppendLine(string.Join(", ", products));
                return text.ToString();
            }

            public static (decimal Min, decimal Max, decimal Average) Stats(IEnumerable<Sale{{n}}> sales)
            {
                decimal[] prices = sales.Select(s => s.Price).DefaultIfEmpty(0m).ToArray();
                return (prices.Min(), prices.Max(), prices.Average());
            }
        }
        """;

    public static string MutableModel(int n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.ComponentModel;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public class ShoppingCart{{n}} : INotifyPropertyChanged
        {
            private readonly List<(string Sku, int Quantity)> _lines = new();
            private decimal _discount;
            private int _changes;
            public string Currency = "EUR";

            public event PropertyChangedEventHandler? PropertyChanged;

            public decimal Discount
            {
                get => _discount;
                set
                {
                    if (value < 0 || value > 1)
                    {
                        throw new ArgumentOutOfRangeException(nameof(value), value, "A discount is between 0 and 1.");
                    }

                    _discount = value;
                    _changes++;
                    PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(nameof(Discount)));
                }
            }

            public int Changes => _changes;

            public string? Note { get; set; }

            public void Add(string sku, int quantity = 1)
            {
                int index = _lines.FindIndex(l => l.Sku == sku);
                if (index >= 0)
                {
                    _lines[index] = (sku, _lines[index].Quantity + quantity);
                }
                else
                {
                    _lines.Add((sku, quantity));
                }

                _changes++;
            }

            public bool Remove(string sku) => _lines.RemoveAll(l => l.Sku == sku) > 0;

            public int Count
            {
                get
                {
                    int total = 0;
                    foreach (var (_, quantity) in _lines)
                    {
                        total += quantity;
                    }

                    return total;
                }
            }
        }

        public struct Counter{{n}}
        {
            public int Value;

            public void Increment() => Value++;

            public override readonly string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        """;

    public static string Pipeline(int n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public delegate Task RequestDelegate{{n}}(Context{{n}} context);

        public sealed class Context{{n}}
        {
            public Dictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);

            public int Status { get; set; } = 200;

            public CancellationToken Aborted { get; init; }
        }

        public sealed class PipelineBuilder{{n}}
        {
            private readonly List<Func<RequestDelegate{{n}}, RequestDelegate{{n}}>> _middleware = new();

            public PipelineBuilder{{n}} Use(Func<Context{{n}}, Func<Task>, Task> middleware)
            {
                _middleware.Add(next => context => middleware(context, () => next(context)));
                return this;
            }

            public RequestDelegate{{n}} Build()
            {
                RequestDelegate{{n}} app = static context =>
                {
                    context.Status = 404;
                    return Task.CompletedTask;
                };

                for (int i = _middleware.Count - 1; i >= 0; i--)
                {
                    app = _middleware[i](app);
                }

                return app;
            }

            public static RequestDelegate{{n}} Default() => new PipelineBuilder{{n}}()
                .Use(async (context, next) =>
                {
                    var started = DateTimeOffset.UtcNow;
                    await next().ConfigureAwait(false);
                    context.Items["elapsed"] = DateTimeOffset.UtcNow - started;
                })
                .Use((context, next) => context.Aborted.IsCancellationRequested ? Task.CompletedTask : next())
                .Build();

            public static T Retry<T>(Func<T> action, int attempts)
                where T : notnull
            {
                return Attempt(1);

                T Attempt(int attempt)
                {
                    try
                    {
                        return action();
                    }
                    catch (TimeoutException) when (attempt < attempts)
                    {
                        return Attempt(attempt + 1);
                    }
                }
            }
        }
        """;

    public static string Shapes(int n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public abstract record Shape{{n}};

        public sealed record Circle{{n}}(double Radius) : Shape{{n}};

        public sealed record Rectangle{{n}}(double Width, double Height) : Shape{{n}};

        public sealed record Triangle{{n}}(double A, double B, double C) : Shape{{n}};

        public interface IMessage{{n}};

        public sealed record Ping{{n}}(int Sequence) : IMessage{{n}};

        public sealed record Pong{{n}}(int Sequence) : IMessage{{n}};

        public sealed record Close{{n}}(string Reason) : IMessage{{n}};

        public static class Geometry{{n}}
        {
            public static double Area(Shape{{n}} shape) => shape switch
            {
                Circle{{n}} { Radius: var r } => Math.PI * r * r,
                Rectangle{{n}} { Width: var w, Height: var h } when w == h => w * w,
                Rectangle{{n}} r => r.Width * r.Height,
                Triangle{{n}} t => Heron(t.A, t.B, t.C),
                _ => 0,
            };

            public static string Describe(IMessage{{n}} message) => message switch
            {
                Ping{{n}} ping => "ping " + ping.Sequence,
                _ => "other",
            };

            public static int Handle(IMessage{{n}} message)
            {
                switch (message)
                {
                    case Ping{{n}} { Sequence: > 100 }:
                        return -1;
                    case Ping{{n}} ping:
                        return ping.Sequence + 1;
                    default:
                        return 0;
                }
            }

            public static IEnumerable<Shape{{n}}> Largest(IEnumerable<Shape{{n}}> shapes, int count) =>
                shapes.OrderByDescending(Area).Take(count);

            public static Shape{{n}} Scale(Shape{{n}} shape, double factor) => shape switch
            {
                Circle{{n}} c => c with { Radius = c.Radius * factor },
                Rectangle{{n}} r => r with { Width = r.Width * factor, Height = r.Height * factor },
                Triangle{{n}} t => new Triangle{{n}}(t.A * factor, t.B * factor, t.C * factor),
                _ => throw new ArgumentException("Unknown shape", nameof(shape)),
            };

            private static double Heron(double a, double b, double c)
            {
                double s = (a + b + c) / 2;
                return Math.Sqrt(Math.Max(0, s * (s - a) * (s - b) * (s - c)));
            }
        }
        """;

    public static string Streams(int n) => $$"""
        using System;
        using System.IO;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public sealed record Attachment{{n}}(string Name, Stream Content, Func<Stream, Task> Upload, object? Tag);

        public sealed class Archive{{n}} : IAsyncDisposable, IDisposable
        {
            private readonly MemoryStream _buffer = new();
            private bool _disposed;

            public long Length => _buffer.Length;

            public async Task AppendAsync(string text, CancellationToken cancellationToken)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                await _buffer.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            }

            public async Task<string> ReadAllAsync(CancellationToken cancellationToken)
            {
                _buffer.Position = 0;
                using var reader = new StreamReader(_buffer, Encoding.UTF8, leaveOpen: true);
                string text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                _buffer.Position = _buffer.Length;
                return text;
            }

            public static async Task<int> CopyAsync(Attachment{{n}} attachment, Stream target, CancellationToken cancellationToken)
            {
                await using var copy = new MemoryStream();
                await attachment.Content.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
                copy.Position = 0;
                await copy.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                await attachment.Upload(copy).ConfigureAwait(false);
                return (int)copy.Length;
            }

            public void Dispose()
            {
                if (!_disposed)
                {
                    _disposed = true;
                    _buffer.Dispose();
                }
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
        """;

    public static string Algorithms(int n) => $$"""
        using System;
        using System.Collections.Generic;

        namespace {{SyntheticOrdinaryCode.Namespace(n)}};

        public readonly record struct Money{{n}}(long Cents, string Currency) : IComparable<Money{{n}}>
        {
            public static Money{{n}} operator +(Money{{n}} a, Money{{n}} b) =>
                a.Currency == b.Currency ? new(a.Cents + b.Cents, a.Currency) : throw new InvalidOperationException("Currencies differ.");

            public int CompareTo(Money{{n}} other) => Cents.CompareTo(other.Cents);
        }

        public static class Algorithms{{n}}
        {
            public static int BinarySearch(ReadOnlySpan<int> sorted, int value)
            {
                int low = 0, high = sorted.Length - 1;
                while (low <= high)
                {
                    int mid = low + ((high - low) >> 1);
                    int comparison = sorted[mid].CompareTo(value);
                    if (comparison == 0)
                    {
                        return mid;
                    }

                    if (comparison < 0)
                    {
                        low = mid + 1;
                    }
                    else
                    {
                        high = mid - 1;
                    }
                }

                return ~low;
            }

            public static void InsertionSort<T>(Span<T> items, IComparer<T> comparer)
            {
                for (int i = 1; i < items.Length; i++)
                {
                    T current = items[i];
                    int j = i - 1;
                    while (j >= 0 && comparer.Compare(items[j], current) > 0)
                    {
                        items[j + 1] = items[j];
                        j--;
                    }

                    items[j + 1] = current;
                }
            }

            public static long Fibonacci(int count)
            {
                Span<long> last = stackalloc long[2] { 0, 1 };
                for (int i = 0; i < count; i++)
                {
                    (last[0], last[1]) = (last[1], last[0] + last[1]);
                }

                return last[0];
            }

            public static Money{{n}} Sum(IEnumerable<Money{{n}}> amounts, string currency)
            {
                var total = new Money{{n}}(0, currency);
                foreach (Money{{n}} amount in amounts)
                {
                    total += amount;
                }

                return total;
            }
        }
        """;
}
