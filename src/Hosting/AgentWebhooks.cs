using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AgentGen.Hosting;

/// <summary>
/// How a webhook sender signs its requests: <c>X-AgentGen-Timestamp</c> carries the time in Unix seconds, and
/// <c>X-AgentGen-Signature</c> carries <c>sha256=</c> and the lowercase hex HMAC-SHA256, keyed with the shared secret's
/// UTF-8 bytes, of the timestamp exactly as sent, a dot, and the body's bytes: <c>"{timestamp}.{body}"</c>.
/// </summary>
public static class AgentWebhooks
{
    /// <summary>The header carrying the time the request was signed, in Unix seconds.</summary>
    public const string TimestampHeader = "X-AgentGen-Timestamp";

    /// <summary>The header carrying the signature: <c>sha256=</c> and 64 hex digits.</summary>
    public const string SignatureHeader = "X-AgentGen-Signature";

    /// <summary>The prefix of the signature header's value.</summary>
    public const string SignaturePrefix = "sha256=";

    /// <summary>Signs a webhook body, as a sender does.</summary>
    /// <param name="secret">The secret shared with the receiving agent (<see cref="AgentHostOptions.WebhookSecret"/>).</param>
    /// <param name="timestamp">The time of signing, in Unix seconds; send it in <see cref="TimestampHeader"/>.</param>
    /// <param name="body">The body, exactly as sent.</param>
    /// <returns>The value of <see cref="SignatureHeader"/>: <c>sha256=</c> and 64 lowercase hex digits.</returns>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        byte[] mac = ComputeMac(Encoding.UTF8.GetBytes(secret), timestamp.ToString(CultureInfo.InvariantCulture), body);
        return SignaturePrefix + Convert.ToHexString(mac).ToLowerInvariant();
    }

    /// <summary>The HMAC-SHA256 of <c>"{timestamp}.{body}"</c>.</summary>
    /// <param name="key">The secret's bytes.</param>
    /// <param name="timestamp">The timestamp exactly as sent.</param>
    /// <param name="body">The body's bytes.</param>
    /// <returns>The 32-byte MAC.</returns>
    internal static byte[] ComputeMac(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp));
        hmac.AppendData("."u8);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
