import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';

export function ZoekFormulier({ beginwaarde = '' }: { beginwaarde?: string }) {
  const [vraag, setVraag] = useState(beginwaarde);
  const navigate = useNavigate();
  const id = useId();
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    void navigate(`/zoeken?zoek=${encodeURIComponent(vraag.trim())}`);
  };
  return (
    <form className="kp-search" role="search" onSubmit={verstuur}>
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor={id}>
          Zoek in de kennisbank en de methoden
        </label>
        <input
          id={id}
          className="utrecht-textbox utrecht-textbox--html-input"
          type="search"
          name="zoek"
          value={vraag}
          onChange={(e) => setVraag(e.target.value)}
          placeholder="bijvoorbeeld ondermijning"
        />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        Zoeken
      </button>
    </form>
  );
}
