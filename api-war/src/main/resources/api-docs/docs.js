// The document is the one the server serves (the contract); "Try it out" calls this server's /api.
window.ui = SwaggerUIBundle({
  url: new URL('/openapi', window.location.href).href,
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
