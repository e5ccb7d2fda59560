using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AgentGen.Hosting.Http;

/// <summary>Reads a request body into memory, never holding more than a limit plus one byte.</summary>
internal static class RequestBody
{
    private const int FirstBufferSize = 4096;
    private const int ChunkFramingAllowance = 4096;

    /// <summary>Reads the whole body, or stops as soon as it is known to be longer than <paramref name="limit"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The body, or <see langword="null"/> when it is longer than the limit.</returns>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // This loop enforces the limit. The server's own (30 MB by default) only bounds what it reads and discards after
        // a refusal; it counts a chunked body's framing too, so it gets room above the limit, never less.
        long serverLimit = limit >= long.MaxValue / 4 ? long.MaxValue : limit * 2 + ChunkFramingAllowance;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false, MaxRequestBodySize: { } current } sizeFeature
            && current < serverLimit)
        {
            sizeFeature.MaxRequestBodySize = serverLimit;
        }

        // One byte more than the limit tells a body over it from one exactly at it.
        int cap = (int)Math.Min(limit + 1, Array.MaxLength);
        byte[] buffer = new byte[Math.Min(cap, request.ContentLength is { } length ? (int)Math.Min(length + 1, cap) : FirstBufferSize)];
        int filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (buffer.Length == cap)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, cap));
            }

            int read;
            try
            {
                read = await request.Body.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            }
            catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // The server stopped first: a chunked body whose framing alone is over its limit.
                return null;
            }

            if (read == 0)
            {
                return buffer.AsMemory(0, filled);
            }

            filled += read;
            if (filled > limit)
            {
                return null;
            }
        }
    }
}
