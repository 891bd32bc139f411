import { render } from 'preact';

render(<main>Guide ACT</main>, document.getElementById('app') as HTMLElement);
