using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AgentGen.Hosting.Http;

/// <summary>How a webhook's signature check ended.</summary>
internal enum WebhookVerdict
{
    /// <summary>Signed with the secret, inside the window, and not seen before.</summary>
    Accepted,

    /// <summary>A header is missing or malformed, the signature does not match, or the timestamp is outside the window: 401.</summary>
    Unauthenticated,

    /// <summary>The same timestamp and body, signed, were accepted before within the window: 409.</summary>
    Replayed,
}

/// <summary>
/// Checks a webhook's HMAC-SHA256 signature over <c>"{timestamp}.{body}"</c> in constant time, its timestamp against a
/// window around this server's clock, and remembers accepted signatures until they leave the window, so a replay is refused.
/// </summary>
internal sealed class WebhookVerifier(string secret, TimeSpan tolerance, TimeProvider time)
{
    private const int MacHexLength = 64;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private readonly byte[] key = Encoding.UTF8.GetBytes(secret);
    private readonly long toleranceSeconds = (long)Math.Ceiling(tolerance.TotalSeconds);
    private readonly ReplayGuard replays = new();

    /// <summary>Checks a webhook.</summary>
    /// <param name="timestamp">The timestamp header's value, if any.</param>
    /// <param name="signature">The signature header's value, if any.</param>
    /// <param name="body">The body's bytes.</param>
    /// <param name="detail">Why it was refused, for the response; <see langword="null"/> when accepted.</param>
    /// <returns>The verdict.</returns>
    public WebhookVerdict Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body, out string? detail)
    {
        if (timestamp is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long signedAt))
        {
            detail = $"{AgentWebhooks.TimestampHeader} is missing or not a whole number of Unix seconds: send the time of signing, e.g. `date +%s`.";
            return WebhookVerdict.Unauthenticated;
        }

        if (signature is null
            || !signature.StartsWith(AgentWebhooks.SignaturePrefix, StringComparison.Ordinal)
            || signature.Length != AgentWebhooks.SignaturePrefix.Length + MacHexLength
            || signature.AsSpan(AgentWebhooks.SignaturePrefix.Length).ContainsAnyExcept(HexDigits))
        {
            detail = $"{AgentWebhooks.SignatureHeader} is missing or malformed: send {AgentWebhooks.SignaturePrefix} and the 64 hex digits of HMAC-SHA256(secret, \"{{timestamp}}.{{body}}\").";
            return WebhookVerdict.Unauthenticated;
        }

        byte[] given = Convert.FromHexString(signature.AsSpan(AgentWebhooks.SignaturePrefix.Length));
        if (!CryptographicOperations.FixedTimeEquals(AgentWebhooks.ComputeMac(key, timestamp, body), given))
        {
            detail = "The signature does not match: sign \"{timestamp}.{body}\" (the timestamp header exactly as sent, a dot, the body's bytes) with HMAC-SHA256 and the shared secret.";
            return WebhookVerdict.Unauthenticated;
        }

        long now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - signedAt) > toleranceSeconds)
        {
            detail = $"The timestamp {signedAt} is {now - signedAt} s away from this server's clock ({now}), outside the ±{toleranceSeconds} s window: sign each request when sending it.";
            return WebhookVerdict.Unauthenticated;
        }

        if (!replays.TryRecord(signature.ToLowerInvariant(), signedAt + toleranceSeconds, now))
        {
            detail = "This request (same timestamp, body and signature) was received before: a webhook is accepted once. Sign a new request to send the event again.";
            return WebhookVerdict.Replayed;
        }

        detail = null;
        return WebhookVerdict.Accepted;
    }

    /// <summary>The signatures accepted and still inside the window; expired ones are dropped as the set grows.</summary>
    private sealed class ReplayGuard
    {
        private readonly Dictionary<string, long> seen = new(StringComparer.Ordinal);
        private readonly object gate = new();
        private int pruneAt = 1024;

        public bool TryRecord(string signature, long expiresAt, long now)
        {
            lock (gate)
            {
                if (seen.TryGetValue(signature, out long expiry) && expiry >= now)
                {
                    return false;
                }

                if (seen.Count >= pruneAt)
                {
                    var expired = new List<string>();
                    foreach (KeyValuePair<string, long> entry in seen)
                    {
                        if (entry.Value < now)
                        {
                            expired.Add(entry.Key);
                        }
                    }

                    expired.ForEach(signature => seen.Remove(signature));
                    pruneAt = Math.Max(1024, seen.Count * 2);
                }

                seen[signature] = expiresAt;
                return true;
            }
        }
    }
}
