export function App() {
  return <main><h1>Uppsikt</h1></main>;
}
