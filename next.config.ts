import type { NextConfig } from "next";

// Security headers for every response. Next's App Router streams inline bootstrap scripts and
// Recharts sets inline styles, hence 'unsafe-inline' for scripts and styles; everything else is
// same-origin only, and no page may be framed by another site.
const isDev = process.env.NODE_ENV === "development";
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

// Evidence uploads go through a server action; its body (and the proxy's copy of it) must fit
// the largest file accepted (MAX_UPLOAD_BYTES, 10 MB by default) plus the form's other fields.
const uploadLimit = (Number(process.env.MAX_UPLOAD_BYTES) || 10 * 1024 * 1024) + 1024 * 1024;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    serverActions: { bodySizeLimit: uploadLimit },
    proxyClientMaxBodySize: uploadLimit,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
