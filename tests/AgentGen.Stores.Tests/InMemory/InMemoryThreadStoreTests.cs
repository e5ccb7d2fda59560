using System.Threading.Tasks;

namespace AgentGen.Stores.Tests;

/// <summary>The conformance suite against <see cref="InMemoryThreadStore"/>, the reference implementation.</summary>
public sealed class InMemoryThreadStoreTests : ThreadStoreConformance
{
    private InMemoryThreadStore? store;

    /// <inheritdoc/>
    protected override bool KeepsJson => false;

    /// <inheritdoc/>
    protected override ValueTask<IThreadStore> OpenStoreAsync(IToolRegistry tools) => new(store ??= new InMemoryThreadStore(Clock));
}
